package io.github.tagkit.model;

import io.github.tagkit.model.internal.CharterReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group's charter, read from its Markdown: the title, the sections the CNCF's charters have
 * (mission, in and out of scope, deliverables, success criteria, coordination, alignment with the
 * TOC), every section in order with its heading, and whether it is a placeholder. Every part knows
 * its line in the file.
 *
 * <p>Headings are matched the way real charters write them, at any level and in any case, on their
 * words ("In-Scope:" is "in scope"):
 *
 * <ul>
 *   <li>mission: "Mission", "Mission Statement" (a heading that starts with "mission");
 *   <li>in scope: "In Scope", "In-Scope", else "Scope" (or one that starts with "scope");
 *   <li>out of scope: "Out of Scope", "Out-of-Scope";
 *   <li>deliverables: "Deliverables", "Anticipated Deliverables", "Deliverables to TOC" (one that
 *       starts with them), else any heading with "deliverables" in it;
 *   <li>success criteria, coordination, alignment: a heading that starts with those words
 *       ("Alignment with the CNCF TOC Charter").
 * </ul>
 *
 * A charter whose text is only headings, or a stand-in such as "Charter content here", "TBD" or
 * "TODO", is a placeholder.
 *
 * @param source where the charter was read from, for messages
 * @param title the first level-one heading
 * @param sections every section, in the order of the file
 * @param placeholder whether the charter is only headings or a stand-in text
 */
public record Charter(
    String source, Optional<Section> title, List<Section> sections, boolean placeholder) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param source where the charter was read from, for messages
   * @param title the first level-one heading
   * @param sections every section, in the order of the file
   * @param placeholder whether the charter is only headings or a stand-in text
   */
  public Charter {
    Objects.requireNonNull(source, "source");
    title = RecordChecks.orEmpty(title);
    sections = List.copyOf(sections);
  }

  /**
   * A section: its heading (as text), level (1 for {@code #}), line, its own text (paragraphs,
   * blank-line separated, without its subsections), its own list items, and its own Markdown as
   * written (paragraphs, lists and links as the charter has them).
   *
   * @param heading the heading, as text
   * @param level the heading's level, 1 for {@code #}
   * @param line the heading's line, from 1
   * @param text the section's own text, paragraphs separated by a blank line
   * @param items the section's own list items
   * @param markdown the section's own Markdown as written, without its heading and subsections
   */
  public record Section(
      String heading, int level, int line, String text, List<Item> items, String markdown) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param heading the heading, as text
     * @param level the heading's level, 1 for {@code #}
     * @param line the heading's line, from 1
     * @param text the section's own text, paragraphs separated by a blank line
     * @param items the section's own list items
     * @param markdown the section's own Markdown as written, without its heading and subsections
     */
    public Section {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(text, "text");
      items = List.copyOf(items);
      Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * A section whose Markdown is its text.
     *
     * @param heading the heading, as text
     * @param level the heading's level, 1 for {@code #}
     * @param line the heading's line, from 1
     * @param text the section's own text, paragraphs separated by a blank line
     * @param items the section's own list items
     */
    public Section(String heading, int level, int line, String text, List<Item> items) {
      this(heading, level, line, text, items, text);
    }
  }

  /**
   * A list item: its text, its line, and the items of the lists nested in it.
   *
   * @param text the item's text
   * @param line the item's line, from 1
   * @param items the items of the lists nested in it
   */
  public record Item(String text, int line, List<Item> items) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param text the item's text
     * @param line the item's line, from 1
     * @param items the items of the lists nested in it
     */
    public Item {
      Objects.requireNonNull(text, "text");
      items = List.copyOf(items);
    }
  }

  /**
   * Reads the charter at {@code file}.
   *
   * @param file the charter, a Markdown file
   * @return the charter
   * @throws IOException when the file cannot be read
   */
  public static Charter read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * {@return the charter in {@code markdown}; {@code source} names it in messages}
   *
   * @param markdown the charter's text
   * @param source the name of the charter in messages
   */
  public static Charter parse(String markdown, String source) {
    return CharterReader.read(markdown, source);
  }

  /**
   * {@return where the charter of {@code group} is, relative to the directory of the metadata file
   * it was read from: its {@code charter_link} when that names a file (relative to the group's
   * directory), else {@code charter.md} in the group's directory ({@code tags/<dir>/}, {@code
   * tags/<tag>/subprojects/<dir>/} or {@code toc_subprojects/<dir>/} in a registry, the root of a
   * per-TAG repository)} Empty when the charter is a URL, or {@code group} is not in {@code
   * registry}.
   *
   * @param registry the metadata the group was read from
   * @param group a group of {@code registry}
   */
  public static Optional<String> pathIn(TagRegistry registry, Group group) {
    Optional<String> directory = directoryOf(registry, group);
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> link = group.charterLink().map(String::strip);
    if (link.isPresent() && (link.get().contains("://") || link.get().startsWith("#"))) {
      return Optional.empty();
    }
    String file = link.map(l -> l.startsWith("./") ? l.substring(2) : l).orElse("charter.md");
    return Optional.of(directory.get() + file);
  }

  /**
   * {@return the directory of {@code group}'s pages and charter, relative to {@code registry}'s
   * file: {@code tags/<dir>/}, {@code tags/<tag>/subprojects/<dir>/} or {@code
   * toc_subprojects/<dir>/} in a registry, {@code ""} (the root) in a per-TAG repository; empty
   * when {@code group} is not in {@code registry}}
   *
   * @param registry the metadata the group was read from
   * @param group a group of {@code registry}
   */
  public static Optional<String> directoryIn(TagRegistry registry, Group group) {
    return directoryOf(registry, group);
  }

  private static Optional<String> directoryOf(TagRegistry registry, Group group) {
    boolean single = registry.layout() == Layout.SINGLE_TAG;
    for (Tag tag : registry.tags()) {
      String base = single ? "" : "tags/" + tag.dir() + "/";
      if (tag == group) {
        return Optional.of(base);
      }
      for (TagSubproject sub : tag.subprojects()) {
        if (sub == group) {
          return Optional.of(base + "subprojects/" + sub.dir() + "/");
        }
      }
    }
    for (TocSubproject toc : registry.tocSubprojects()) {
      if (toc == group) {
        return Optional.of("toc_subprojects/" + toc.dir() + "/");
      }
    }
    return Optional.empty();
  }

  /** {@return the Mission section} */
  public Optional<Section> mission() {
    return first(h -> h.equals("mission") || h.startsWith("mission "));
  }

  /** {@return the In Scope section, else the Scope section} */
  public Optional<Section> inScope() {
    return first(h -> h.equals("in scope"))
        .or(() -> first(h -> h.equals("scope") || h.startsWith("scope ")));
  }

  /** {@return the Out of Scope section} */
  public Optional<Section> outOfScope() {
    return first(h -> h.equals("out of scope"));
  }

  /** {@return the deliverables} */
  public Optional<Section> deliverables() {
    return first(h -> h.startsWith("deliverables") || h.startsWith("anticipated deliverables"))
        .or(() -> first(h -> (" " + h + " ").contains(" deliverables ")));
  }

  /** {@return the success criteria} */
  public Optional<Section> successCriteria() {
    return first(h -> h.startsWith("success criteria"));
  }

  /** {@return how the group coordinates with others} */
  public Optional<Section> coordination() {
    return first(h -> h.startsWith("coordination"));
  }

  /** {@return the alignment with the TOC's charter} */
  public Optional<Section> alignment() {
    return first(h -> h.startsWith("alignment"));
  }

  /**
   * {@return the section whose heading is {@code heading}, matched on its words ("in-scope" is "In
   * Scope")}
   *
   * @param heading the heading to look for
   */
  public Optional<Section> section(String heading) {
    String wanted = CharterReader.words(heading);
    return first(h -> h.equals(wanted));
  }

  private Optional<Section> first(java.util.function.Predicate<String> words) {
    return sections.stream().filter(s -> words.test(CharterReader.words(s.heading()))).findFirst();
  }
}
