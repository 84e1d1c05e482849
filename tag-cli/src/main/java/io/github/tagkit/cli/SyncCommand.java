package io.github.tagkit.cli;

import io.github.tagkit.pages.EntryDiff;
import io.github.tagkit.pages.SiteSync;
import io.github.tagkit.validator.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit sync}: {@code tag:sync}, with the same options. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description =
        "Brings what the CNCF website's hand-kept TAG pages have newer into the metadata, each"
            + " change with its evidence; a dry run unless --apply.")
final class SyncCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "The CNCF website's TAG pages (its docs/community/tags).")
  Path site;

  @Option(names = "--apply", description = "Writes the changes; without it they are only printed.")
  boolean apply;

  @Override
  public Integer call() throws Exception {
    Path base = tagkit.base();
    Console console = tagkit.console();
    if (site == null) {
      throw new ConfigurationException(
          "site", "name the website's TAG pages: --site <contribute-site>/docs/community/tags");
    }
    Path pages = base.resolve(site);
    if (!Files.isDirectory(pages)) {
      throw new ConfigurationException("site", site + " is not a directory");
    }
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "sync");
    }
    SiteSync sync = new SiteSync(pages);
    for (Path file : targets) {
      SiteSync.Result result = sync.sync(file);
      result.changes().forEach(console::info);
      result.undecided().forEach(what -> console.warn("Not decided: " + what));
      if (!result.editor().changed()) {
        console.info(file.getFileName() + " has everything the website's pages have newer");
        continue;
      }
      console.info(EntryDiff.unified(file, result.before(), result.editor().text()));
      if (apply) {
        result.editor().write(file);
        console.info("Updated " + file.getFileName());
      } else {
        console.info("Not written: add --apply to write it");
      }
    }
    return 0;
  }
}
