package io.github.tagkit.maven;

import io.github.tagkit.validator.FailOn;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
public class ValidateMojo extends AbstractCheckMojo {

  /** Where reports are written; outside a Maven project, a directory {@code .gitignore} names. */
  @Parameter(
      property = "tag.reportDirectory",
      defaultValue = "${project.build.directory}/tag",
      required = true)
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

  /**
   * The findings the repository already had ({@code tag:baseline} writes them), which fail no
   * build: {@code .tagkit-baseline.json} at the repository's root when present, another file by its
   * path, or {@code none} to check against no baseline.
   */
  @Parameter(property = "tag.baseline")
  String baseline;

  @Override
  String goal() {
    return "validate";
  }

  @Override
  String doing() {
    return "TAG metadata validation";
  }

  @Override
  void run(List<Path> targets) throws MojoFailureException, IOException {
    long started = System.nanoTime();
    FailOn threshold = FailOn.parse(failOn);
    String asked = formats == null ? "" : formats;
    boolean terms = TagFiles.split(asked).stream().anyMatch(f -> f.equalsIgnoreCase("terms"));
    Set<ReportFormat> reports = ReportFormat.parse(asked, List.of("terms"));
    TagValidator validator =
        TagValidators.of(this, baseDirectory.toPath()).keepModels(terms).build();
    if (targets.isEmpty()) {
      nothingToDo("check"); // then writes the (empty) reports asked for, for upload steps
    }
    Optional<Path> baselineFile = baselineFile(baseline, true).filter(Files::exists);
    Report report = logged(validator.validate(targets), baselineFile);
    if (reports.contains(ReportFormat.GITHUB)) {
      printRaw(ReportFormat.GITHUB.render(report));
    }
    Path directory = buildPath(reportDirectory.getPath(), "tag");
    ReportFormat.writeAll(report, reports, directory).forEach(f -> getLog().info("Wrote " + f));
    if (terms) {
      writeTermsReport(targets, report, directory);
    }
    if (!targets.isEmpty()) {
      String against = baselineFile.map(f -> ", in " + shown(f)).orElse("");
      long millis = (System.nanoTime() - started) / 1_000_000;
      getLog().info("TAG metadata: " + report.summary() + against + " in " + millis + " ms");
    }
    Optional<String> failure = threshold.failure(report);
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }
}
