package io.github.tagkit.cli;

import io.github.tagkit.pages.MetadataPages;
import io.github.tagkit.pages.PageFiles;
import io.github.tagkit.pages.UnownedPageException;
import io.github.tagkit.validator.TagFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit generate}: {@code tag:generate}, with the same options. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Writes the pages of the TAG metadata: pages that would not change are left alone, text"
            + " between the CUSTOM CONTENT markers is kept, and a page no generator wrote is"
            + " refused unless adopted.")
final class GenerateCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;
  @Mixin PageOptions pages;

  @Option(
      names = "--calendar",
      paramLabel = "NAME",
      description = "Also writes an iCalendar file of the structured meetings, under this name.")
  String calendar;

  @Option(
      names = "--output-directory",
      paramLabel = "DIR",
      description =
          "Where the pages go instead of next to each metadata file: for --style contribute-site,"
              + " the site's docs/community/tags.")
  Path outputDirectory;

  @Option(
      names = "--adopt",
      paramLabel = "LIST",
      description =
          "Pages to adopt (paths or globs, comma-separated): their text goes in the custom block.")
  String adopt;

  @Override
  public Integer call() throws Exception {
    Path base = tagkit.base();
    Console console = tagkit.console();
    MetadataPages written =
        new MetadataPages(
            pages.generator(base),
            Optional.ofNullable(calendar),
            common.day().orElse(LocalDate.now()),
            Set.copyOf(adopt == null ? List.of() : TagFiles.split(adopt)));
    if (outputDirectory != null) {
      written = written.into(base.resolve(outputDirectory));
    }
    if (common.day().isPresent()) {
      written = written.showingToday();
    }
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "generate pages for");
    }
    List<String> refused = new ArrayList<>();
    for (Path file : targets) {
      try {
        MetadataPages.Result result = written.write(file);
        said(console, result.changed());
        result.notes().forEach(console::warn);
        console.info(result.toString());
      } catch (UnownedPageException e) {
        said(console, e.written());
        refused.addAll(e.paths());
      }
    }
    if (!refused.isEmpty()) {
      console.error(
          new UnownedPageException(refused, List.of()).getMessage()
              + ": --adopt "
              + String.join(",", refused)
              + ", or remove "
              + (refused.size() == 1 ? "it" : "them"));
      return 1;
    }
    return 0;
  }

  private static void said(Console console, List<PageFiles.Written> written) {
    written.stream()
        .filter(w -> w.outcome() != PageFiles.Outcome.UNCHANGED)
        .forEach(w -> console.info(w.toString()));
  }
}
