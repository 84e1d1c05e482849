package io.github.tagkit.pages;

import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.model.RepositoryFiles;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagReader;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Generates the pages of metadata files and writes them next to each file: what {@code
 * tag:generate} does, for any caller. Pages that would not change are left alone, and content
 * between the CUSTOM CONTENT markers is kept ({@link PageFiles}). Immutable and thread-safe.
 */
public final class MetadataPages {
  private final PageGenerator generator;
  private final Optional<String> calendar;
  private final Set<String> adopt;
  private final Optional<Path> outputDirectory;
  private final LocalDate day;
  private final boolean showToday;

  /** A term that ends within this many days is drawn as ending soon. */
  private static final int TERMS_WARNING_DAYS = 30;

  /**
   * Pages rendered by {@code generator} with meeting times for {@code day}'s year and, when {@code
   * calendar} names one, an iCalendar file of the structured meetings under that name.
   *
   * @param generator renders the pages
   * @param calendar the name of the calendar file, or empty for none
   * @param day the day whose year gives the zone rules
   * @throws ConfigurationException ({@code calendar}) when the calendar's name does not end in
   *     {@code .ics}
   */
  public MetadataPages(PageGenerator generator, Optional<String> calendar, LocalDate day) {
    this(generator, calendar, day, Set.of());
  }

  /**
   * As {@link #MetadataPages(PageGenerator, Optional, LocalDate)}, and the pages in {@code adopt}
   * (paths relative to the metadata's directory, such as {@code README.md}) may replace a file no
   * generator wrote: its text is kept in the page's custom block.
   *
   * @param generator renders the pages
   * @param calendar the name of the calendar file, or empty for none
   * @param day the day whose year gives the zone rules
   * @param adopt the hand-kept pages to adopt
   */
  public MetadataPages(
      PageGenerator generator, Optional<String> calendar, LocalDate day, Set<String> adopt) {
    this(
        Objects.requireNonNull(generator, "generator").today(day),
        calendar.map(String::strip).filter(name -> !name.isEmpty()),
        Set.copyOf(adopt),
        Optional.empty(),
        day,
        false);
  }

  private MetadataPages(
      PageGenerator generator,
      Optional<String> calendar,
      Set<String> adopt,
      Optional<Path> outputDirectory,
      LocalDate day,
      boolean showToday) {
    this.day = day;
    this.showToday = showToday;
    this.generator = generator;
    this.calendar = calendar;
    this.adopt = adopt;
    this.outputDirectory = outputDirectory;
    this.calendar.ifPresent(
        name -> {
          if (!name.endsWith(".ics")) {
            throw new ConfigurationException(
                "calendar",
                "calendar '"
                    + name
                    + "' must be a file of its own ending in .ics, such as meetings.ics");
          }
        });
  }

  /**
   * Pages written under {@code directory} instead of next to each metadata file, such as the CNCF
   * website's {@code docs/community/tags} for the contribute-site style; {@code adopt} is then
   * relative to it. Charters and other local files are still looked for next to the metadata.
   *
   * @param directory where the pages go
   * @return pages written there
   */
  public MetadataPages into(Path directory) {
    return new MetadataPages(
        generator,
        calendar,
        adopt,
        Optional.of(Objects.requireNonNull(directory, "directory")),
        day,
        showToday);
  }

  /**
   * The picture of the leaders' terms, when the generator makes it ({@link
   * PageGenerator.Extra#TERMS_CHART}), marks the day these pages are for, and which terms have
   * ended or end soon: it then changes from day to day. Without, it shows the terms alone.
   *
   * @return pages whose picture marks the day
   */
  public MetadataPages showingToday() {
    return new MetadataPages(generator, calendar, adopt, outputDirectory, day, true);
  }

  /**
   * Where the picture of the leaders' terms goes: next to the TAG pages ({@code tags/} of a
   * registry in the cncf-toc and tagkit styles), else at the top of the pages.
   */
  private String termsChartPath(TagRegistry registry) {
    boolean site = generator.styleFor(registry) == PageStyle.CONTRIBUTE_SITE;
    return registry.layout() == io.github.tagkit.model.Layout.REGISTRY && !site
        ? "tags/" + TermsChart.FILE
        : TermsChart.FILE;
  }

  /**
   * What writing the pages of one metadata file did, and {@code notes} on what it left out (a
   * calendar without meetings, a meeting the calendar cannot place), for the log.
   *
   * @param metadata the metadata file the pages come from
   * @param generated how many pages it generated
   * @param changed the pages written, each with what happened to its file
   * @param notes what the pages left out, for the log
   */
  public record Result(
      Path metadata, int generated, List<PageFiles.Written> changed, List<String> notes) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param metadata the metadata file the pages come from
     * @param generated how many pages it generated
     * @param changed the pages written, each with what happened to its file
     * @param notes what the pages left out, for the log
     */
    public Result {
      changed = List.copyOf(changed);
      notes = List.copyOf(notes);
    }

    /** "Pages of tags.yaml: 5 generated, 1 changed". */
    @Override
    public String toString() {
      return "Pages of "
          + metadata.getFileName()
          + ": "
          + generated
          + " generated, "
          + changed.size()
          + " changed";
    }
  }

  /**
   * Renders and writes the pages of {@code metadata}. An unknown key does not stop the pages, as it
   * does not stop cncf/toc's generator: it is left out of them, with a note that locates it (the
   * first one; {@code tag:validate} reports every one).
   *
   * @param metadata the metadata file
   * @return what was written
   * @throws TagFileException when the metadata cannot be read into the model for another reason
   * @throws UnownedPageException when a page exists that no generator wrote and is not adopted
   * @throws IllegalArgumentException when a group's dir would put a page outside the repository
   * @throws IOException when the file cannot be read or a page cannot be written
   * @throws IOException when a page cannot be written; an {@link UnownedPageException} for a page a
   *     generator did not write
   */
  public Result write(Path metadata) throws IOException {
    List<String> notes = new ArrayList<>();
    TagRegistry registry;
    MetadataDocument document = MetadataDocument.read(metadata);
    try {
      registry = TagReader.strict().read(document);
    } catch (TagFileException strict) {
      // The lenient reader checks everything the strict one does but unknown keys: when it
      // binds the file, an unknown key was the only thing wrong with it. The text is not parsed
      // again.
      registry = TagReader.strict().lenient().read(document);
      notes.add(
          strict.getMessage()
              + " (left out of the pages, as is any other unknown key; tag:validate lists them"
              + " all)");
    }
    List<GeneratedPage> pages =
        new ArrayList<>(
            generator.render(
                registry,
                metadata.getFileName().toString(),
                metadata.toAbsolutePath().getParent()));
    if (calendar.isPresent()) {
      ICalendar meetings = ICalendar.of(registry);
      notes.addAll(meetings.skipped());
      if (meetings.isEmpty()) {
        notes.add(
            "No calendar written: no meeting in "
                + metadata.getFileName()
                + " has a structured recurrence (frequency, day, time, time_zone)");
      } else {
        pages.add(new GeneratedPage(calendar.get(), meetings.text()));
      }
    }
    if (generator.makes(PageGenerator.Extra.TERMS_CHART)) {
      String chart = termsChartPath(registry);
      TermsChart.svg(
              registry,
              showToday ? Optional.of(day) : Optional.empty(),
              TERMS_WARNING_DAYS,
              PageFiles.BANNER
                  + metadata.getFileName()
                  + ": edit that file instead, then run 'mvn tag:generate'. -->")
          .ifPresent(svg -> pages.add(new GeneratedPage(chart, svg)));
    }
    Path root = outputDirectory.orElse(metadata.toAbsolutePath().getParent());
    checkAdopted(root, pages);
    List<PageFiles.Written> changed = new ArrayList<>();
    for (PageFiles.Written written : PageFiles.write(root, pages, adopt)) {
      if (written.outcome() != PageFiles.Outcome.UNCHANGED) {
        changed.add(written);
      }
    }
    return new Result(metadata, pages.size(), changed, notes);
  }

  /**
   * Refuses an adopted path that names no page of this run, or no file to adopt: such a setting
   * would otherwise do nothing, silently, and a path outside the pages must not be read at all.
   */
  private void checkAdopted(Path root, List<GeneratedPage> pages) {
    List<String> paths = pages.stream().map(GeneratedPage::path).toList();
    for (String pattern : adopt.stream().sorted().toList()) {
      List<String> named = paths.stream().filter(p -> PageFiles.matches(pattern, p)).toList();
      if (named.isEmpty()) {
        throw new ConfigurationException(
            "adopt",
            "'"
                + pattern
                + "' is not a page this run writes; the pages are "
                + String.join(", ", paths));
      }
      List<String> existing =
          named.stream()
              .filter(p -> RepositoryFiles.place(root, Path.of(p)) != RepositoryFiles.Place.MISSING)
              .toList();
      if (existing.isEmpty()) {
        throw new ConfigurationException(
            "adopt", "'" + pattern + "' names no file to adopt in " + root);
      }
      for (String path : existing) {
        if (RepositoryFiles.place(root, Path.of(path)) != RepositoryFiles.Place.INSIDE) {
          throw new ConfigurationException(
              "adopt", "'" + path + "' is not a file inside " + root + " to adopt");
        }
      }
    }
  }
}
