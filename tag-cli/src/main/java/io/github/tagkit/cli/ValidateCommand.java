package io.github.tagkit.cli;

import io.github.tagkit.validator.FailOn;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit validate}: {@code tag:validate}, with the same options. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Checks TAG metadata against its JSON Schema and the CNCF governance rules; every finding"
            + " at file:line:column.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no finding at or above --fail-on",
      "1:findings at or above --fail-on, or metadata that cannot be read",
      "2:usage or configuration error"
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;
  @Mixin PageOptions pages;
  @Mixin CheckOptions checks;

  @Option(
      names = {"--formats", "--format"},
      paramLabel = "LIST",
      split = ",",
      description =
          "Reports to write into --report-directory: sarif, json, text, github (also printed), and"
              + " terms (who leaves office within --expiry-warning-days).")
  List<String> formats = List.of();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description = "The lowest severity that fails: error, warning, info or none.")
  String failOn;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description =
          "The findings the repository already had (tagkit baseline writes them), which fail"
              + " nothing: .tagkit-baseline.json when present, another file, or none.")
  String baseline;

  @Option(
      names = "--report-directory",
      paramLabel = "DIR",
      defaultValue = "target/tag",
      description = "Where the reports go; ${DEFAULT-VALUE} by default.")
  Path reportDirectory;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Path base = tagkit.base();
    Console console = tagkit.console();
    Checked checked = new Checked(base, console);
    FailOn threshold = FailOn.parse(failOn);
    String asked = String.join(",", formats);
    boolean terms = TagFiles.split(asked).stream().anyMatch(f -> f.equalsIgnoreCase("terms"));
    Set<ReportFormat> reports = ReportFormat.parse(asked, List.of("terms"));
    TagValidator validator = checks.validator(base, common, pages).keepModels(terms).build();
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "check");
    }
    Optional<Path> baselineFile = checked.baselineFile(baseline, true).filter(Files::exists);
    Report report = checked.said(validator.validate(targets), baselineFile);
    if (reports.contains(ReportFormat.GITHUB)) {
      console.raw(ReportFormat.GITHUB.render(report));
    }
    Path directory = base.resolve(reportDirectory);
    for (Path written : ReportFormat.writeAll(report, reports, directory)) {
      console.info("Wrote " + base.relativize(written.toAbsolutePath()));
    }
    if (terms) {
      checked.termsReport(
          targets,
          report,
          common.day().orElse(LocalDate.now()),
          checks.expiryWarningDays,
          directory);
    }
    String against = baselineFile.map(f -> ", in " + checked.shown(f)).orElse("");
    long millis = (System.nanoTime() - started) / 1_000_000;
    console.info("TAG metadata: " + report.summary() + against + " in " + millis + " ms");
    // the goal's parameter as this command's option
    Optional<String> failure =
        threshold.failure(report).map(f -> f.replace("(failOn=", "(--fail-on "));
    failure.ifPresent(console::error);
    return failure.isPresent() ? 1 : 0;
  }
}
