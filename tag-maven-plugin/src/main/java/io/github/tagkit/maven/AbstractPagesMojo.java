package io.github.tagkit.maven;

import io.github.tagkit.pages.PageFiles;
import io.github.tagkit.pages.PageGenerator;
import io.github.tagkit.pages.PageStyle;
import io.github.tagkit.pages.UnownedPageException;
import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters of the goals that render the pages ({@code generate}, and {@code validate}, {@code
 * fix} and {@code baseline}, which check that the pages are current): the style, the templates, and
 * the pages made only when asked for. Both kinds of goal must be given the same, so that what
 * {@code validate} expects is what {@code generate} writes.
 */
abstract class AbstractPagesMojo extends AbstractTagMojo {

  /**
   * The page style: {@code cncf-toc} (cncf/toc's README format, the default for a registry), {@code
   * tagkit} (the default for a per-TAG repository's {@code tag.yaml}) or {@code contribute-site}
   * (the CNCF website's TAG pages, written into {@code tag.outputDirectory}).
   */
  @Parameter(property = "tag.style")
  String style;

  /** A directory of Mustache templates that replace the built-in ones of the same name. */
  @Parameter(property = "tag.templates")
  File templates;

  /**
   * Also writes {@code leadership-terms.svg}, a picture of the leaders' terms, and links it from
   * the pages. It marks the day only when {@code tag.today} is given; otherwise it is the same
   * picture on every day.
   */
  @Parameter(property = "tag.charts", defaultValue = "false")
  boolean charts;

  /**
   * Also writes the page of emeritus leaders ({@code tags/emeritus_leaders.md} in a registry),
   * which cncf/toc keeps by hand.
   */
  @Parameter(property = "tag.emeritus", defaultValue = "false")
  boolean emeritus;

  /** Logs each page written that changed: "Created README.md", "Updated tags/x/README.md". */
  void logWritten(List<PageFiles.Written> written) {
    written.stream()
        .filter(w -> w.outcome() != PageFiles.Outcome.UNCHANGED)
        .forEach(w -> getLog().info(w.toString()));
  }

  /**
   * The failure of a run that left {@code refused} alone, files no generator wrote: each named, and
   * the option that adopts them all.
   */
  static MojoFailureException refusedFailure(List<String> refused) {
    return new MojoFailureException(
        new UnownedPageException(refused, List.of()).getMessage()
            + ": -Dtag.adopt="
            + String.join(",", refused)
            + ", or remove "
            + (refused.size() == 1 ? "it" : "them"));
  }

  /** The page generator the configuration asks for. */
  PageGenerator pageGenerator() {
    Set<PageGenerator.Extra> extras = EnumSet.noneOf(PageGenerator.Extra.class);
    if (charts) {
      extras.add(PageGenerator.Extra.TERMS_CHART);
    }
    if (emeritus) {
      extras.add(PageGenerator.Extra.EMERITUS_PAGE);
    }
    PageGenerator generator = PageGenerator.builtIn().with(extras);
    if (templates != null) {
      generator = generator.withTemplates(templates.toPath());
    }
    return style == null || style.isBlank() ? generator : generator.style(PageStyle.parse(style));
  }

  /**
   * The command that regenerates the pages where the user is ({@link #command}), with the files,
   * style, templates and extra pages this run was given.
   */
  String generateCommand() {
    StringBuilder command = new StringBuilder(command("generate"));
    if (files != null && !files.isBlank()) {
      command.append(" -Dtag.files=").append(files.strip());
    }
    if (style != null && !style.isBlank()) {
      command.append(" -Dtag.style=").append(style.strip());
    }
    if (templates != null) {
      command.append(" -Dtag.templates=").append(templates);
    }
    if (charts) {
      command.append(" -Dtag.charts");
    }
    if (emeritus) {
      command.append(" -Dtag.emeritus");
    }
    return command.toString();
  }
}
