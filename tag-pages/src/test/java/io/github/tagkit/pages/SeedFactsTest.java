package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The example TAG's rendered landing page holds every fact of the seed page, in its order. */
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
}
