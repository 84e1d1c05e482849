package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.Properties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * A mission written as Markdown renders as its author wrote it, in every style: its HTML, as
 * commonmark-java renders it, is the HTML the Go generator's page gives it (that generator prints
 * the mission raw), inside the HTML of the page. Lists stay lists, nested lists stay nested.
 */
class MarkdownMissionTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  /**
   * A subproject mission in the shape of cncf/toc's Security Assessments one: numbered goals with
   * bullets under them, in a folded scalar, so that YAML keeps the line breaks of the indented
   * lines and folds the rest.
   */
  private static final String SECURITY_ASSESSMENTS =
      """
      tags:
        - dir: tag-security-and-compliance
          name: TAG Security and Compliance
          tag_subprojects:
            - dir: security-assessments
              name: Security Assessments
              mission_statement: >
                The Security Assessments subproject works toward these goals:

                1. Reduce risk across the CNCF ecosystem
                   * Improve the security of projects through *joint* assessments
                   * Help adopters decide with [public reports](https://github.com/cncf/tag-security)
                2. Grow the security knowledge of the community
                   * Train maintainers to assess their own projects
      """;

  /** The HTML of {@code markdown}, its white space collapsed: the site style wraps long lines. */
  private static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").replace("> <", "><");
  }

  /** Every page of {@code yaml} in every style, and the HTML of its mission as Go prints it. */
  private static void assertMissionRendersAsWritten(String yaml) {
    TagRegistry registry = TagRegistry.reader().lenient().read(yaml, "tags.yaml");
    String mission =
        registry.groups().stream()
            .flatMap(g -> g.missionStatement().stream())
            .findFirst()
            .orElseThrow();
    String expected = html(mission);
    assertThat(expected).as("the Go page's lists").contains("<li>");
    for (PageStyle style : PageStyle.values()) {
      String pages =
          PageGenerator.builtIn()
              .style(style)
              .today(LocalDate.of(2026, 7, 1))
              .render(registry, "tags.yaml")
              .stream()
              .map(page -> html(page.content().replaceFirst("(?s)^---\n.*?\n---\n", "")))
              .reduce("", String::concat);
      assertThat(pages).as(style + " for:\n" + mission).contains(expected.strip());
    }
  }

  @Test
  void theSecurityAssessmentsGoalsStayANumberedListWithBulletsUnderEach() {
    assertMissionRendersAsWritten(SECURITY_ASSESSMENTS);
  }

  /** A generated list: ordered or not, nested up to three deep, items with emphasis and code. */
  private static String list(Random random, int depth, String indent) {
    boolean ordered = random.nextBoolean();
    String bullet = List.of("-", "*", "+").get(random.nextInt(3));
    StringBuilder out = new StringBuilder();
    int items = 1 + random.nextInt(3);
    for (int i = 1; i <= items; i++) {
      String marker = ordered ? i + "." : bullet;
      out.append(indent).append(marker).append(' ').append(words(random)).append('\n');
      if (depth < 3 && random.nextInt(3) == 0) {
        out.append(list(random, depth + 1, indent + " ".repeat(marker.length() + 1)));
      }
    }
    return out.toString();
  }

  private static String words(Random random) {
    List<String> words = new ArrayList<>();
    int count = 1 + random.nextInt(6);
    for (int i = 0; i < count; i++) {
      String word =
          List.of("cloud", "native", "security", "review", "goal", "TAG").get(random.nextInt(6));
      words.add(
          switch (random.nextInt(8)) {
            case 0 -> "*" + word + "*";
            case 1 -> "**" + word + "**";
            case 2 -> "`" + word + "`";
            default -> word;
          });
    }
    return String.join(" ", words);
  }

  @Test
  void generatedListsInLiteralScalarsStayTheirLists() {
    Gen<String> missions =
        Gen.fromRandom(
            random ->
                "The goals:\n\n"
                    + list(random, 1, "")
                    + (random.nextBoolean() ? "\nThen more.\n" : ""));
    Properties.forAll(
        50,
        missions,
        mission -> {
          StringBuilder yaml = new StringBuilder("dir: tag-x\nname: TAG X\nmission_statement: |\n");
          mission
              .lines()
              .forEach(line -> yaml.append(line.isEmpty() ? "" : "  " + line).append('\n'));
          assertMissionRendersAsWritten(yaml.toString());
        });
  }

  /** A page summary written as Markdown is the site's summary, its list a list. */
  @Test
  void aPageSummaryWithAListStaysAList() {
    String summary = "We work on:\n\n- *storage*\n- networking\n  1. CNI\n  2. service mesh\n";
    StringBuilder yaml =
        new StringBuilder("tags:\n  - dir: tag-x\n    name: TAG X\n    page:\n      summary: |\n");
    summary
        .lines()
        .forEach(line -> yaml.append(line.isEmpty() ? "" : "        " + line).append('\n'));
    TagRegistry registry = TagRegistry.reader().lenient().read(yaml.toString(), "tags.yaml");
    String site =
        PageGenerator.builtIn()
            .style(PageStyle.CONTRIBUTE_SITE)
            .today(LocalDate.of(2026, 7, 1))
            .render(registry, "tags.yaml")
            .stream()
            .map(page -> html(page.content().replaceFirst("(?s)^---\n.*?\n---\n", "")))
            .reduce("", String::concat);
    assertThat(site).contains(html(summary).strip());
  }

  /**
   * A charter's Scope item that introduces a list ("This can include:") keeps the list under it on
   * the site page: the real TAG Infrastructure charter.
   */
  @Test
  void charterScopeItemsKeepTheirNestedLists(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path repo) throws Exception {
    java.nio.file.Path charter = repo.resolve("tags/tag-infrastructure/charter.md");
    java.nio.file.Files.createDirectories(charter.getParent());
    java.nio.file.Files.copy(
        io.github.tagkit.model.testing.ProjectFiles.path("examples/tag-infrastructure/charter.md"),
        charter);
    TagRegistry registry =
        TagRegistry.reader()
            .lenient()
            .read(
                "tags:\n  - dir: tag-infrastructure\n    name: TAG Infrastructure\n", "tags.yaml");
    String page =
        PageGenerator.builtIn()
            .style(PageStyle.CONTRIBUTE_SITE)
            .today(LocalDate.of(2026, 7, 1))
            .render(registry, "tags.yaml", repo)
            .stream()
            .filter(p -> p.path().equals("infrastructure/index.md"))
            .findFirst()
            .orElseThrow()
            .content();
    String scope = html(page.substring(page.indexOf("## Scope")));
    assertThat(scope).containsPattern("<li>Networking: [^<]*This can include: <ul><li>");
  }

  /**
   * The summary taken from a charter's Mission keeps its paragraphs, its link and its list: the
   * real TAG Operational Resilience charter, whose Mission Statement names the TOC's goals in a
   * list after a link to them.
   */
  @Test
  void aCharterMissionKeepsItsLinkAndItsList(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path repo) throws Exception {
    java.nio.file.Path charter = repo.resolve("tags/tag-operational-resilience/charter.md");
    java.nio.file.Files.createDirectories(charter.getParent());
    java.nio.file.Files.copy(
        io.github.tagkit.model.testing.ProjectFiles.path(
            "examples/cncf-toc/tags/tag-operational-resilience/charter.md"),
        charter);
    TagRegistry registry =
        TagRegistry.reader()
            .lenient()
            .read(
                "tags:\n  - dir: tag-operational-resilience\n    name: TAG Operational Resilience\n",
                "tags.yaml");
    String page =
        PageGenerator.builtIn()
            .style(PageStyle.CONTRIBUTE_SITE)
            .today(LocalDate.of(2026, 7, 1))
            .render(registry, "tags.yaml", repo)
            .stream()
            .filter(p -> p.path().equals("operational-resilience/index.md"))
            .findFirst()
            .orElseThrow()
            .content();
    String html = html(page.replaceFirst("(?s)^---\n.*?\n---\n", ""));
    assertThat(html)
        .contains(
            "<a href=\"https://github.com/cncf/toc/blob/main/governance/tag-governance.md#goals\">"
                + "Goals for Technical Advisory Groups</a>")
        .contains("<ul><li>Strengthen the project ecosystem")
        .contains("<li>Focus attention &amp; resources on helping foster project maturity");
    // nothing of the Markdown shows as text
    assertThat(html).doesNotContain("](https://").doesNotContain("\\-");
  }
}
