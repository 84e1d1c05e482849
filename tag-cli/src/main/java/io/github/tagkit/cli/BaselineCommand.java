package io.github.tagkit.cli;

import io.github.tagkit.validator.Baseline;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit baseline}: {@code tag:baseline}, with the same options. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description =
        "Records the findings the repository has now in .tagkit-baseline.json: tagkit validate"
            + " then fails only on new ones.")
final class BaselineCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;
  @Mixin PageOptions pages;
  @Mixin CheckOptions checks;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "The file to write; .tagkit-baseline.json at the repository's root by default.")
  String baseline;

  @Override
  public Integer call() throws Exception {
    Path base = tagkit.base();
    Console console = tagkit.console();
    Checked checked = new Checked(base, console);
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "record");
    }
    Path file =
        checked
            .baselineFile(baseline, false)
            .orElseThrow(
                () -> new ConfigurationException("baseline", "'none' names no file to write"));
    Optional<Baseline> before = Optional.empty();
    if (Files.exists(file)) {
      before = Optional.of(Baseline.read(file, checked.shown(file)));
    }
    Report report = checks.validator(base, common, pages).build().validate(targets);
    Baseline after = Baseline.of(report);
    after.write(file);
    console.info(after.written(checked.shown(file), report, before));
    console.info("Commit it: 'tagkit validate' now fails only on new findings");
    return 0;
  }
}
