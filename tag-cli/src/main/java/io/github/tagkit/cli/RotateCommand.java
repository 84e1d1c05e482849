package io.github.tagkit.cli;

import io.github.tagkit.model.LeadershipRotation;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.pages.EntryDiff;
import io.github.tagkit.validator.ConfigurationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit rotate}: {@code tag:rotate}, with the same options. */
@Command(
    name = "rotate",
    mixinStandardHelpOptions = true,
    description =
        "Moves each leader whose term has ended to emeritus_leads, or records a renewed term, and"
            + " prints the change as a unified diff.")
final class RotateCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;

  @Option(
      names = "--renew",
      paramLabel = "LIST",
      description =
          "Renewed terms, comma-separated: handle:YYYY-MM-DD (the new term's last day) or"
              + " handle:YYYY-MM-DD:YYYY-MM-DD (its first and last day).")
  String renew;

  @Option(names = "--dry-run", description = "Prints the change without writing it.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    Path base = tagkit.base();
    Console console = tagkit.console();
    LocalDate day = common.day().orElse(LocalDate.now());
    Map<String, LeadershipRotation.Renewal> renewals;
    try {
      renewals = LeadershipRotation.renewals(renew);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("renew", e.getMessage());
    }
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "rotate");
    }
    for (Path file : targets) {
      TagFileEditor editor = TagFileEditor.open(file);
      LeadershipRotation.Result result = LeadershipRotation.rotate(editor, day, renewals);
      result.changes().forEach(console::info);
      result
          .unusedRenewals()
          .forEach(h -> console.warn("--renew names @" + h + ", whose term has not ended"));
      if (!result.editor().changed()) {
        console.info("Leadership of " + file.getFileName() + " is current as of " + day);
        continue;
      }
      console.info(EntryDiff.unified(file, editor.text(), result.editor().text()));
      if (dryRun) {
        console.info("Not written (--dry-run)");
      } else {
        result.editor().write(file);
        console.info("Updated " + file.getFileName());
      }
    }
    return 0;
  }
}
