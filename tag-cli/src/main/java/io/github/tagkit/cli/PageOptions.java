package io.github.tagkit.cli;

import io.github.tagkit.pages.PageGenerator;
import io.github.tagkit.pages.PageStyle;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Option;

/** The pages a command renders (generate) or checks (validate, fix, baseline). */
final class PageOptions {
  @Option(
      names = "--style",
      paramLabel = "STYLE",
      description =
          "The page style: cncf-toc (the default for a registry), tagkit (for a TAG's tag.yaml) or"
              + " contribute-site (the CNCF website's TAG pages).")
  String style;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Mustache templates that replace the built-in ones of the same name.")
  Path templates;

  @Option(
      names = "--charts",
      description = "Also write leadership-terms.svg, a picture of the leaders' terms.")
  boolean charts;

  @Option(
      names = "--emeritus",
      description = "Also write the page of emeritus leaders (tags/emeritus_leaders.md).")
  boolean emeritus;

  PageGenerator generator(Path base) {
    Set<PageGenerator.Extra> extras = EnumSet.noneOf(PageGenerator.Extra.class);
    if (charts) {
      extras.add(PageGenerator.Extra.TERMS_CHART);
    }
    if (emeritus) {
      extras.add(PageGenerator.Extra.EMERITUS_PAGE);
    }
    PageGenerator generator = PageGenerator.builtIn().with(extras);
    if (templates != null) {
      generator = generator.withTemplates(base.resolve(templates));
    }
    return style == null || style.isBlank() ? generator : generator.style(PageStyle.parse(style));
  }

  /** The command that regenerates the pages with these options. */
  String generateCommand(Common common) {
    StringBuilder command = new StringBuilder("tagkit generate");
    common.filesOption().ifPresent(files -> command.append(' ').append(files));
    if (style != null && !style.isBlank()) {
      command.append(" --style ").append(style.strip());
    }
    if (templates != null) {
      command.append(" --templates ").append(templates);
    }
    if (charts) {
      command.append(" --charts");
    }
    if (emeritus) {
      command.append(" --emeritus");
    }
    return command.toString();
  }
}
