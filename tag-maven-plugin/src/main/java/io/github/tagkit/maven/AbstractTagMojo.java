package io.github.tagkit.maven;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.TagFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every tag goal shares: its parameters (which metadata files, which day it is, skipping), and
 * its frame ({@link #execute}): skipping, finding the files, and turning the core's typed
 * exceptions into messages that name the user's configuration or file. A goal reads its own
 * parameters and calls the core in {@link #run}.
 */
abstract class AbstractTagMojo extends AbstractMojo {

  /** The directory the metadata files are looked up in. */
  @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
  File baseDirectory;

  /**
   * The metadata files: comma-separated paths or globs relative to the base directory, such as
   * {@code tags.yaml,tags/**}{@code /tag.yaml}. By default {@code tags.yaml} and {@code tag.yaml}
   * when present.
   */
  @Parameter(property = "tag.files")
  String files;

  /**
   * The date to work from, YYYY-MM-DD: term rules count from it, and meeting times are converted to
   * UTC with its year's rules. Today by default; set it for builds that must give the same result
   * on any day.
   */
  @Parameter(property = "tag.today")
  String today;

  /** The build's pom; none when Maven runs in a directory without one. */
  @Parameter(defaultValue = "${project.file}", readonly = true)
  File pom;

  /** Skips the goal. */
  @Parameter(property = "tag.skip", defaultValue = "false")
  boolean skip;

  /** The goals Maven was asked to run, to name a command that works the same way. */
  @Parameter(defaultValue = "${session.request.goals}", readonly = true)
  List<String> goals;

  /** The plugin groups of the user's settings. */
  @Parameter(defaultValue = "${settings.pluginGroups}", readonly = true)
  List<String> pluginGroups;

  /** This plugin's version. */
  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  String pluginVersion;

  /** {@return the goal's name, as {@code tag:<goal>} names it} */
  abstract String goal();

  /** {@return what the goal does, for the line that says it was skipped} */
  abstract String doing();

  /**
   * Does the goal's work on {@code targets}, the metadata files found, which may be none (see
   * {@link #nothingToDo}). A {@link ConfigurationException} ends the goal as invalid configuration,
   * a {@link TagFileException} as a file to correct.
   */
  abstract void run(List<Path> targets)
      throws MojoExecutionException, MojoFailureException, IOException;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping " + doing() + " (tag.skip)");
      return;
    }
    // What ends a goal is printed by Maven, first line and the lines after it, and may quote the
    // metadata: its message is made safe for the log (LogText) as every line the goals log is.
    // A problem of the user's files or configuration says all there is to say without its cause,
    // whose message is the metadata's own.
    try {
      run(targets());
    } catch (ConfigurationException e) {
      throw new MojoExecutionException(LogText.safe(invalid(goal(), e).getMessage()));
    } catch (TagFileException e) {
      throw new MojoFailureException(
          LogText.safe(
              e.getMessage() + "\nRun '" + command("validate") + "' to see every problem."));
    } catch (EditRefusedException e) {
      throw new MojoFailureException(LogText.safe("Not written: " + e.getMessage()));
    } catch (MojoFailureException e) {
      throw new MojoFailureException(LogText.safe(e.getMessage()));
    } catch (MojoExecutionException e) {
      throw new MojoExecutionException(LogText.safe(e.getMessage()), e.getCause());
    } catch (IOException e) {
      throw new MojoExecutionException(LogText.safe("Cannot " + goal() + ": " + e.getMessage()), e);
    }
  }

  /** Maven's log for this goal, printing every message as {@link LogText} makes it safe. */
  @Override
  public Log getLog() {
    return LogText.of(super.getLog());
  }

  /**
   * {@code mvn tag:<goal>} when the plugin's prefix resolves where the user is (the goal was run by
   * it, or the plugin group is configured), else the goal by the plugin's full coordinates.
   */
  String command(String goal) {
    boolean byCoordinates =
        goals != null && goals.stream().anyMatch(typed -> typed.startsWith("io.github.tagkit:"));
    boolean grouped = pluginGroups != null && pluginGroups.contains("io.github.tagkit");
    return byCoordinates && !grouped
        ? "mvn io.github.tagkit:tag-maven-plugin:" + pluginVersion + ":" + goal
        : "mvn tag:" + goal;
  }

  /** The metadata files to work on; a named file or glob that matches nothing is an error. */
  List<Path> targets() {
    Path base = baseDirectory.toPath();
    return files == null ? TagFiles.defaults(base) : TagFiles.resolve(base, TagFiles.split(files));
  }

  /**
   * Says there is no metadata to work on: a module without any skips quietly, but a run without a
   * pom was started in the wrong directory, and fails saying what it looked for where.
   */
  void nothingToDo(String goal) throws MojoFailureException {
    String looked = String.join(" or ", TagFiles.DEFAULTS);
    Path base = baseDirectory.toPath().toAbsolutePath().normalize();
    if (pom == null) {
      throw new MojoFailureException(
          "No TAG metadata to "
              + goal
              + ": looked for "
              + looked
              + " in "
              + base
              + "; run Maven in the repository's root, or name the files with -Dtag.files");
    }
    getLog().info("No TAG metadata (" + looked + ") in " + base + "; nothing to " + goal);
  }

  /**
   * {@code configured}, relative to the base directory, for a path that defaults to one in {@code
   * ${project.build.directory}}: without a pom that expression stays unresolved, and {@code
   * target/<inTarget>} of the base directory stands in for it.
   */
  Path buildPath(String configured, String inTarget) {
    Path base = baseDirectory.toPath();
    return configured.contains("${")
        ? base.resolve("target").resolve(inTarget)
        : base.resolve(configured.strip());
  }

  /** The configured day, or empty for today. */
  Optional<LocalDate> day() {
    if (today == null || today.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(today.strip()));
    } catch (DateTimeParseException e) {
      throw new ConfigurationException("today", "'" + today + "' is not a date (YYYY-MM-DD)");
    }
  }

  /** Logs a finding at its severity's level: {@code [ERROR] tags.yaml:4:7: [rule-id] message}. */
  void log(Finding finding) {
    String line = finding.location() + ": [" + finding.ruleId() + "] " + finding.message();
    switch (finding.severity()) {
      case ERROR -> getLog().error(line);
      case WARNING -> getLog().warn(line);
      case INFO -> getLog().info(line);
    }
  }

  /** The error that ends a goal whose configuration cannot be used, naming the parameter. */
  static MojoExecutionException invalid(String goal, ConfigurationException e) {
    String where = NO_PROPERTY.getOrDefault(e.setting(), "tag." + e.setting());
    return new MojoExecutionException(
        "Invalid tag:"
            + goal
            + " configuration: "
            + e.setting()
            + " ("
            + where
            + "): "
            + e.getMessage(),
        e);
  }

  /** Where the settings without a user property are made. */
  private static final java.util.Map<String, String> NO_PROPERTY =
      java.util.Map.of(
          "rules", "<rules> in the plugin's configuration",
          "rule", "a rule jar among the plugin's <dependencies>");

  /**
   * Prints {@code text} on the process's own standard output, for what another program reads:
   * GitHub's workflow commands ({@code ::error file=...}), which must start their line, and a
   * document piped to {@code jq}. Maven 4 prefixes each line a plugin prints on {@code System.out}
   * with {@code [INFO] [stdout] }.
   */
  static void printRaw(String text) {
    noResetAtExit(System.out);
    System.out.flush();
    RAW.print(text);
    RAW.flush();
  }

  /**
   * Stops Maven 3.8's console (jansi's {@code AnsiPrintStream}) from printing a colour reset when
   * Maven exits, after what {@link #printRaw} printed: {@code jq} would read it as a broken
   * document. Maven 3.9 and 4 print none; on any other stream this does nothing.
   */
  private static void noResetAtExit(java.io.PrintStream stream) {
    try {
      stream.getClass().getMethod("setResetAtUninstall", boolean.class).invoke(stream, false);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // not jansi's console: nothing is printed at exit
    }
  }

  private static final java.io.PrintStream RAW =
      new java.io.PrintStream(
          new java.io.FileOutputStream(java.io.FileDescriptor.out),
          false,
          java.nio.charset.StandardCharsets.UTF_8);

  /** The change from {@code before} to {@code after} of {@code file}, as a unified diff. */
  static String unifiedDiff(Path file, String before, String after) {
    return io.github.tagkit.pages.EntryDiff.unified(file, before, after);
  }
}
