package io.github.tagkit.pages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-kept TAG page of the CNCF website read for its facts: the rows of its Chairs and Tech
 * Leads tables, its TOC liaisons, its Slack channel's name, and its text (for links), each with its
 * line. What {@code site-page-drift} compares and {@code tag:sync} brings into the metadata.
 */
final class SitePage {
  private static final Pattern HEADING = Pattern.compile("^(#{2,6})\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\|\\s*(.*?)\\s*\\|\\s*\\[@([A-Za-z0-9-]+)\\]\\([^)]*\\)\\s*\\|\\s*(.*?)\\s*\\|\\s*(.*?)\\s*\\|\\s*$");
  private static final Pattern ITEM =
      Pattern.compile("^\\s*[-*]\\s+(.+?)\\s*\\(\\[@([A-Za-z0-9-]+)\\]\\([^)]*\\)\\)");
  private static final Pattern CHANNEL =
      Pattern.compile("\\[#([A-Za-z0-9._-]+)\\]\\(([^)\\s]*)\\)");
  private static final Pattern LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");
  private static final Pattern TERM =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+to\\s+(\\d{4}-\\d{2}-\\d{2})$");

  /**
   * A row of a Chairs or Tech Leads table.
   *
   * @param line its line, from 1
   * @param name the Name cell
   * @param handle the GitHub handle, without {@code @}
   * @param organization the Organization cell; {@code -} for none
   * @param term the Term cell, {@code YYYY-MM-DD to YYYY-MM-DD}
   */
  record Row(int line, String name, String handle, String organization, String term) {

    /** The organization, empty for the site's {@code -}. */
    Optional<String> company() {
      return organization.isEmpty() || organization.equals("-")
          ? Optional.empty()
          : Optional.of(organization);
    }

    /** The term's first day, when the cell is a term. */
    Optional<LocalDate> start() {
      return date(1);
    }

    /** The term's last day, when the cell is a term. */
    Optional<LocalDate> end() {
      return date(2);
    }

    private Optional<LocalDate> date(int group) {
      Matcher m = TERM.matcher(term.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(m.group(group)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * An item of the TOC Liaisons list.
   *
   * @param line its line, from 1
   * @param name the name before the handle
   * @param handle the GitHub handle, without {@code @}
   */
  record Liaison(int line, String name, String handle) {}

  private final List<String> lines;
  private final Map<String, Integer> headings = new LinkedHashMap<>();

  private SitePage(List<String> lines) {
    this.lines = List.copyOf(lines);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = HEADING.matcher(lines.get(i));
      if (m.matches()) {
        headings.putIfAbsent(m.group(2).toLowerCase(Locale.ROOT), i + 1);
      }
    }
  }

  static SitePage of(List<String> lines) {
    return new SitePage(lines);
  }

  /** The page's text. */
  String text() {
    return String.join("\n", lines);
  }

  /** The line of {@code heading} (lower case), or 1 when the page has no such heading. */
  int line(String heading) {
    return headings.getOrDefault(heading, 1);
  }

  /** The rows of the table under {@code heading} ({@code chairs}, {@code tech leads}). */
  List<Row> rows(String heading) {
    List<Row> rows = new ArrayList<>();
    for (int i : section(heading)) {
      Matcher row = ROW.matcher(lines.get(i));
      if (row.matches()) {
        rows.add(new Row(i + 1, row.group(1), row.group(2), row.group(3), row.group(4)));
      }
    }
    return rows;
  }

  /** The items of the TOC Liaisons list. */
  List<Liaison> liaisons() {
    List<Liaison> liaisons = new ArrayList<>();
    for (int i : section("toc liaisons")) {
      Matcher item = ITEM.matcher(lines.get(i));
      if (item.find()) {
        liaisons.add(new Liaison(i + 1, item.group(1), item.group(2)));
      }
    }
    return liaisons;
  }

  /**
   * The Slack channel's name as the page links it ({@code [#tag-infrastructure](...)} under Slack),
   * with its line.
   */
  Optional<Map.Entry<String, Integer>> slackChannel() {
    for (String heading : List.of("slack", "communication channels")) {
      for (int i : section(heading)) {
        Matcher channel = CHANNEL.matcher(lines.get(i));
        if (channel.find()) {
          return Optional.of(Map.entry(channel.group(1), i + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The link targets under {@code heading} and the headings below it, each with its line. */
  List<Map.Entry<String, Integer>> links(String heading) {
    List<Map.Entry<String, Integer>> links = new ArrayList<>();
    Integer start = headings.get(heading);
    if (start == null) {
      return links;
    }
    Matcher top = HEADING.matcher(lines.get(start - 1));
    int level = top.matches() ? top.group(1).length() : 2;
    for (int i = start; i < lines.size(); i++) {
      Matcher h = HEADING.matcher(lines.get(i));
      if (h.matches() && h.group(1).length() <= level) {
        break;
      }
      Matcher link = LINK.matcher(lines.get(i));
      while (link.find()) {
        links.add(Map.entry(link.group(1), i + 1));
      }
    }
    return links;
  }

  /** The indexes of the lines under {@code heading}, up to the next heading of any level. */
  private List<Integer> section(String heading) {
    List<Integer> section = new ArrayList<>();
    Integer start = headings.get(heading);
    if (start == null) {
      return section;
    }
    for (int i = start; i < lines.size() && !HEADING.matcher(lines.get(i)).matches(); i++) {
      section.add(i);
    }
    return section;
  }
}
