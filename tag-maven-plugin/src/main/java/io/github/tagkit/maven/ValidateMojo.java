package io.github.tagkit.maven;

import io.github.tagkit.validator.FailOn;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the TAG metadata of the repository ({@code tags.yaml}, {@code tag.yaml}) against the
 * schema and the CNCF governance rules, logs every finding at its file, line and column, writes the
 * requested reports, and fails the build on errors.
 */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public class ValidateMojo extends AbstractTagMojo {

  /** The directory findings name files relative to: where Maven was started. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  File executionRoot;

  /** Where reports are written. */
  @Parameter(defaultValue = "${project.build.directory}/tag", readonly = true, required = true)
  File reportDirectory;

  /** Which findings fail the build: {@code error}, {@code warning} or {@code none}. */
  @Parameter(property = "tag.failOn", defaultValue = "error")
  String failOn;

  /**
   * Reports to write under {@code target/tag/}, comma-separated: {@code sarif}, {@code json},
   * {@code text}, {@code github}. {@code github} also prints GitHub Actions annotations.
   */
  @Parameter(property = "tag.formats")
  String formats;

  /**
   * The exemptions file, listing findings exempted with a reason. By default {@code .tagkit.yaml}
   * in the base directory when present.
   */
  @Parameter(property = "tag.exemptions")
  File exemptions;

  /** How many days before a term ends to warn; 30 by default. */
  @Parameter(property = "tag.expiryWarningDays", defaultValue = "30")
  int expiryWarningDays;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping TAG metadata validation (tag.skip)");
      return;
    }
    long started = System.nanoTime();
    Path base = baseDirectory.toPath();
    List<Path> targets;
    FailOn threshold;
    Set<ReportFormat> reports;
    TagValidator validator;
    try {
      targets = targets();
      threshold = FailOn.parse(failOn);
      reports = formats == null ? Set.of() : ReportFormat.parse(formats);
      validator = validator(base);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid tag:validate configuration: " + e.getMessage(), e);
    }
    if (targets.isEmpty()) {
      getLog()
          .info(
              "No TAG metadata ("
                  + String.join(", ", TagFiles.DEFAULTS)
                  + ") in "
                  + base
                  + "; nothing to check");
      return;
    }

    Report report = validator.validate(targets);
    for (Finding finding : report.findings()) {
      String line = finding.location() + ": [" + finding.ruleId() + "] " + finding.message();
      switch (finding.severity()) {
        case ERROR -> getLog().error(line);
        case WARNING -> getLog().warn(line);
        case INFO -> getLog().info(line);
      }
    }
    write(report, reports, base);
    long millis = (System.nanoTime() - started) / 1_000_000;
    getLog().info("TAG metadata: " + report.summary() + " in " + millis + " ms");
    if (threshold.fails(report)) {
      throw new MojoFailureException(
          "TAG metadata check failed: "
              + report.counts()
              + " (failOn="
              + threshold.name().toLowerCase(Locale.ROOT)
              + "). Fix the findings above, or exempt one with a reason in .tagkit.yaml.");
    }
  }

  private TagValidator validator(Path base) {
    TagValidator.Builder builder =
        TagValidator.builder()
            .expiryWarningDays(expiryWarningDays)
            .baseDirectory(executionRoot != null ? executionRoot.toPath() : base);
    day().ifPresent(builder::today);
    Path exemptionsFile = exemptions != null ? exemptions.toPath() : base.resolve(".tagkit.yaml");
    if (exemptions != null || Files.isRegularFile(exemptionsFile)) {
      builder.exemptions(exemptionsFile);
    }
    return builder.build();
  }

  private void write(Report report, Set<ReportFormat> reports, Path base)
      throws MojoExecutionException {
    // Without a pom, Maven leaves ${project.build.directory} unresolved: use <base>/target.
    Path directory =
        reportDirectory.getPath().contains("${")
            ? base.resolve("target").resolve("tag")
            : reportDirectory.toPath();
    for (ReportFormat format : reports) {
      if (format == ReportFormat.GITHUB) {
        System.out.print(format.render(report));
      }
      try {
        Path file = format.write(report, directory);
        getLog().info("Wrote " + file);
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot write the " + format.label() + " report: " + e, e);
      }
    }
  }
}
