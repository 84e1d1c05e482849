package io.github.tagkit.cli;

import io.github.tagkit.model.AtomicFiles;
import io.github.tagkit.pages.EntryDiff;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Fixer;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Fix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit fix}: {@code tag:fix}, with the same options. */
@Command(
    name = "fix",
    mixinStandardHelpOptions = true,
    description =
        "Makes the fixes of the findings that have exactly one, each touching only its key, value"
            + " or line, and prints the change as a unified diff.")
final class FixCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;
  @Mixin PageOptions pages;
  @Mixin CheckOptions checks;

  @Option(names = "--dry-run", description = "Prints the change without writing it.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Path base = tagkit.base();
    Console console = tagkit.console();
    Checked checked = new Checked(base, console);
    TagValidator validator = checks.validator(base, common, pages).build();
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "fix");
    }
    List<Report> lefts = new ArrayList<>();
    for (Path file : targets) {
      Fixer.Result result = Fixer.fix(validator, file);
      lefts.add(result.left());
      for (Fix fix : result.made()) {
        String at = fix.pointer().isEmpty() ? "" : " " + fix.pointer();
        console.info(file.getFileName() + at + ": " + fix.description());
      }
      result.refused().forEach(why -> console.warn("Not fixed: " + why));
      if (!result.changed()) {
        console.info("Nothing to fix in " + file.getFileName());
      } else {
        console.info(EntryDiff.unified(file, result.before().text(), result.after().text()));
        if (dryRun) {
          console.info("Not written (--dry-run)");
        } else {
          result.after().write(file);
          console.info("Fixed " + result.made().size() + " finding(s) in " + file.getFileName());
        }
      }
      String name = checked.shown(file);
      List<Finding> left =
          result.left().findings().stream().filter(f -> f.location().file().equals(name)).toList();
      left.forEach(console::finding);
      console.info(left.size() + " finding(s) left in " + name);
    }
    for (Report left : lefts) {
      for (Fixer.TextEdit edit : Fixer.otherFiles(left, checked.repositoryRoot())) {
        edit.made()
            .forEach(fix -> console.info(checked.shown(edit.file()) + ": " + fix.description()));
        console.info(EntryDiff.unified(edit.file(), edit.before(), edit.after()));
        if (dryRun) {
          console.info("Not written (--dry-run)");
        } else {
          AtomicFiles.write(edit.file(), edit.after());
          console.info("Fixed " + edit.made().size() + " line(s) in " + checked.shown(edit.file()));
        }
      }
    }
    return 0;
  }
}
