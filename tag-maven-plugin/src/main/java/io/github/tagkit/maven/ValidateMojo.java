package io.github.tagkit.maven;

import io.github.tagkit.model.TermsReport;
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
    List<String> asked = formats == null ? List.of() : TagFiles.split(formats);
    boolean terms = asked.stream().anyMatch(f -> f.equalsIgnoreCase("terms"));
    List<String> others = asked.stream().filter(f -> !f.equalsIgnoreCase("terms")).toList();
    Set<ReportFormat> reports =
        others.isEmpty() ? Set.of() : ReportFormat.parse(String.join(",", others));
    TagValidator validator = validator();
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
      TermsReport ending =
          TermsReport.read(targets, day().orElse(LocalDate.now()), expiryWarningDays);
      ending.skipped().forEach(why -> getLog().warn("Terms report leaves out " + why));
      ending.write(directory).forEach(f -> getLog().info("Wrote " + f));
    }
    if (!targets.isEmpty()) {
      long millis = (System.nanoTime() - started) / 1_000_000;
      getLog().info("TAG metadata: " + report.summary() + " in " + millis + " ms");
    }
    Optional<String> failure = threshold.failure(report);
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }
}
