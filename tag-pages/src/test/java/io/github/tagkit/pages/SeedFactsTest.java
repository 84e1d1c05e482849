package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The example TAG's rendered landing page holds every fact of the seed page, in its order; its
 * contribute-site page holds every value of the seed too, in the site's words.
 */
class SeedFactsTest {
  private final String seed =
      ProjectFiles.text("tag-model/src/test/resources/seed/tag-infrastructure-page.md");
  private final String page = render();

  private static String render() {
    try {
      TagRegistry registry =
          TagRegistry.read(ProjectFiles.path("examples/tag-infrastructure/tag.yaml"));
      return PageGenerator.builtIn()
          .today(LocalDate.of(2026, 7, 1))
          .render(registry, "tag.yaml")
          .get(0)
          .content();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyLinkTargetOfTheSeedIsInThePage() {
    Matcher links = Pattern.compile("\\]\\(([^)]+)\\)").matcher(seed);
    int count = 0;
    while (links.find()) {
      count++;
      assertThat(page).as("link %s", links.group(1)).contains("](" + links.group(1) + ")");
    }
    assertThat(count).isEqualTo(20);
  }

  @Test
  void everyListItemAndTableRowOfTheSeedIsALineOfThePage() {
    List<String> pageLines = page.lines().toList();
    List<String> items = seed.lines().filter(line -> line.matches("(- |\\d+\\. |\\| ).*")).toList();
    assertThat(items).hasSizeGreaterThan(40);
    for (String item : items) {
      assertThat(pageLines).as("seed line %s", item).contains(item);
    }
  }

  @Test
  void headingsComeInTheSeedsOrderWithTheLeadersTheSeedLeftOut() {
    List<String> seedHeadings = seed.lines().filter(line -> line.startsWith("#")).toList();
    List<String> pageHeadings = page.lines().filter(line -> line.startsWith("#")).toList();
    assertThat(pageHeadings).containsSubsequence(seedHeadings);
    List<String> added = new java.util.ArrayList<>(pageHeadings);
    seedHeadings.forEach(added::remove);
    // The example adds a meeting with a structured recurrence; the seed sends readers to GitHub
    // for the leaders, and the page lists them.
    assertThat(added)
        .containsExactly(
            "### Working session (an example of a structured recurrence)",
            "### Chairs",
            "### Tech Leads",
            "### TOC Liaisons");
    assertThat(page).startsWith("---\ntitle: Infrastructure\n---\n");
  }

  /** The contribute-site style's TAG Infrastructure page, from the same metadata. */
  private static String sitePage() {
    try {
      TagRegistry registry =
          TagRegistry.read(ProjectFiles.path("examples/tag-infrastructure/tag.yaml"));
      return PageGenerator.builtIn()
          .style(PageStyle.CONTRIBUTE_SITE)
          .today(LocalDate.of(2026, 7, 1))
          .render(registry, "tag.yaml", ProjectFiles.path("examples/tag-infrastructure"))
          .get(0)
          .content();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyLinkTargetOfTheSeedIsInTheSitePage() {
    String site = sitePage();
    Matcher links = Pattern.compile("\\]\\(([^)]+)\\)").matcher(seed);
    int count = 0;
    while (links.find()) {
      count++;
      assertThat(site).as("link %s", links.group(1)).contains("](" + links.group(1) + ")");
    }
    assertThat(count).isEqualTo(20);
  }

  /**
   * Every value of the seed's list items and table rows (the text after a bold label, each cell) is
   * on the site page, read as text; but for the few the site page words as the site does.
   */
  @Test
  void everyValueOfTheSeedsItemsAndRowsIsInTheSitePage() {
    String site = text(sitePage());
    List<String> values = new java.util.ArrayList<>();
    for (String line : seed.lines().toList()) {
      if (line.matches("(- |\\d+\\. ).*")) {
        String item = text(line.replaceFirst("^(- |\\d+\\. )", ""));
        values.add(item.replaceFirst("^[A-Z][A-Za-z ]+: ", ""));
      } else if (line.startsWith("| ") && !line.startsWith("| Resource")) {
        for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
          values.add(text(cell));
        }
      }
    }
    assertThat(values).hasSizeGreaterThan(50);
    List<String> missing = values.stream().filter(v -> !site.contains(v)).toList();
    assertThat(missing)
        .as("seed values the site page words its own way")
        .containsExactlyInAnyOrder(
            // The site's Meetings list: "Calendar: View and join meetings", "Recordings: CNCF
            // YouTube Channel", "Agenda: View agenda", with the seed's link targets.
            "Check the CNCF Public Calendar for current meeting times",
            "CNCF Public Calendar",
            "Available on the CNCF YouTube Channel",
            "Meeting Agenda",
            "GitHub Issues",
            // The site's Slack list: "Channel: #tag-infrastructure", "CNCF Slack Invite:
            // slack.cncf.io", below "Join the CNCF Slack workspace".
            "#tag-infrastructure on CNCF Slack",
            "Get an invite at slack.cncf.io");
  }

  /** Markdown as a reader sees it: links as their text, no emphasis or code marks, one line. */
  private static String text(String markdown) {
    return markdown
        .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("\\*\\*|`|\\\\", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
