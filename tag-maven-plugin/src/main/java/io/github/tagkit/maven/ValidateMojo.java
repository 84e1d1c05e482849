package io.github.tagkit.maven;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagReader;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TermsReport;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.FailOn;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks the repository's TAG metadata, logs every finding, writes reports, fails on errors. */
@Mojo(
    name = "validate",
    defaultPhase = LifecyclePhase.VALIDATE,
    threadSafe = true,
    requiresProject = false)
public class ValidateMojo extends AbstractTagMojo {

  /** The build: findings name files relative to its top directory, outside a git repository. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /** Where reports are written. */
  @Parameter(defaultValue = "${project.build.directory}/tag", readonly = true, required = true)
  File reportDirectory;

  /** Which findings fail the build: {@code error}, {@code warning} or {@code none}. */
  @Parameter(property = "tag.failOn", defaultValue = "error")
  String failOn;

  /**
   * Reports for {@code target/tag/}: {@code sarif,json,text,github} (which also prints them), and
   * {@code terms}: who leaves office within {@code tag.expiryWarningDays}, as Markdown and JSON.
   */
  @Parameter(property = "tag.formats")
  String formats;

  /** The file of findings exempted with a reason; {@code .tagkit.yaml} when present. */
  @Parameter(property = "tag.exemptions")
  File exemptions;

  /** How many days before a term ends to warn; 30 by default. */
  @Parameter(property = "tag.expiryWarningDays", defaultValue = "30")
  int expiryWarningDays;

  /**
   * Rule levels over their defaults, by rule id: {@code off}, {@code info}, {@code warning} or
   * {@code error} ({@code <rules><term-missing>off</term-missing></rules>}); over those of {@code
   * .tagkit.yaml}. Rules of your own come from jars named in the plugin's {@code <dependencies>}.
   */
  @Parameter Map<String, String> rules;

  /** The CNCF website's TAG pages (its docs/community/tags), to report where they disagree. */
  @Parameter(property = "tag.site")
  File site;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping TAG metadata validation (tag.skip)");
      return;
    }
    long started = System.nanoTime();
    Path base = baseDirectory.toPath();
    try {
      List<Path> targets = targets();
      FailOn threshold = FailOn.parse(failOn);
      List<String> asked = formats == null ? List.of() : TagFiles.split(formats);
      boolean terms = asked.stream().anyMatch(f -> f.strip().equalsIgnoreCase("terms"));
      String others =
          String.join(
              ",", asked.stream().filter(f -> !f.strip().equalsIgnoreCase("terms")).toList());
      Set<ReportFormat> reports = others.isBlank() ? Set.of() : ReportFormat.parse(others);
      TagValidator validator = TagValidators.of(this, base).build();
      if (targets.isEmpty()) {
        nothingToDo("check"); // then writes the (empty) reports asked for, for upload steps
      }
      Report report = validator.validate(targets);
      report.findings().forEach(this::log);
      if (reports.contains(ReportFormat.GITHUB)) {
        printRaw(ReportFormat.GITHUB.render(report));
      }
      Path directory = buildPath(reportDirectory.getPath(), "tag");
      ReportFormat.writeAll(report, reports, directory).forEach(f -> getLog().info("Wrote " + f));
      if (terms) {
        writeTerms(targets, directory);
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (!targets.isEmpty()) {
        getLog().info("TAG metadata: " + report.summary() + " in " + millis + " ms");
      }
      Optional<String> failure = threshold.failure(report);
      if (failure.isPresent()) {
        throw new MojoFailureException(failure.get());
      }
    } catch (ConfigurationException e) {
      throw invalid("validate", e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write the reports: " + e, e);
    }
  }

  /**
   * The terms report ({@code -Dtag.formats=terms}): {@code terms.md}, fit for an issue body, and
   * {@code terms.json}, of the terms that end within {@code tag.expiryWarningDays} or have ended.
   * Files that cannot be read are left out (the findings say why).
   */
  private void writeTerms(List<Path> targets, Path directory) throws IOException {
    List<TagRegistry> registries = new java.util.ArrayList<>();
    for (Path target : targets) {
      try {
        registries.add(TagReader.strict().lenient().read(target));
      } catch (TagFileException e) {
        getLog().warn("Terms report leaves out " + target.getFileName() + ": " + e.getMessage());
      }
    }
    TermsReport terms =
        TermsReport.of(registries, day().orElse(LocalDate.now()), expiryWarningDays);
    java.nio.file.Files.createDirectories(directory);
    Path markdown = directory.resolve("terms.md");
    Path json = directory.resolve("terms.json");
    java.nio.file.Files.writeString(markdown, terms.markdown());
    java.nio.file.Files.writeString(json, terms.json());
    getLog().info("Wrote " + markdown);
    getLog().info("Wrote " + json);
  }
}
