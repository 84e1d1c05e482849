package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cncf-toc style writes the pages cncf/toc's Go generator wrote for the groups of the excerpt
 * ({@code cncf-toc-go/}, its real output), byte for byte but for the fixes {@code docs/pages.md}
 * lists, each spelled out here as the edit it makes to the Go page.
 */
class CncfTocStyleTest {
  private static final Path GO = GoldenPagesTest.RESOURCES.resolve("cncf-toc-go");

  /** One documented fix: on the page {@code path}, {@code from} becomes {@code to}. */
  record Fix(String id, String path, String from, String to) {}

  private static final String TAGS = "tags/";
  private static final String OR = TAGS + "tag-operational-resilience/";
  private static final String WF = TAGS + "tag-workloads-foundation/";

  static final List<Fix> FIXES =
      List.of(
          new Fix("tag-slack-label", TAGS + "tag-infrastructure/README.md", "[Tag TAG ", "[TAG "),
          new Fix("tag-slack-label", OR + "README.md", "[Tag TAG ", "[TAG "),
          new Fix("tag-slack-label", WF + "README.md", "[Tag TAG ", "[TAG "),
          new Fix("empty-heading", TAGS + "tag-infrastructure/README.md", "## Subprojects\n", ""),
          new Fix(
              "paragraphs",
              OR + "README.md",
              "within their systems.\nTo support",
              "within their systems.\n\nTo support"),
          new Fix(
              "paragraphs",
              OR + "subprojects/green-reviews/README.md",
              "within their systems.\nTo support",
              "within their systems.\n\nTo support"),
          new Fix(
              "leader-details",
              OR + "subprojects/green-reviews/README.md",
              "(**[@nikimanoledaki](https://github.com/nikimanoledaki)**)\n",
              "(**[@nikimanoledaki](https://github.com/nikimanoledaki)**), Grafana Labs\n"),
          new Fix(
              "leader-details",
              OR + "subprojects/green-reviews/README.md",
              "(**[@AntonioDiTuri](https://github.com/AntonioDiTuri)**)\n",
              "(**[@AntonioDiTuri](https://github.com/AntonioDiTuri)**), Data Reply DE\n"),
          new Fix(
              "leader-details",
              WF + "subprojects/batch/README.md",
              "(**[@stackedsax](https://github.com/stackedsax)**)\n",
              "(**[@stackedsax](https://github.com/stackedsax)**), G-Research and Insight Softmax"
                  + " Consulting\n"),
          new Fix(
              "leader-details",
              WF + "subprojects/batch/README.md",
              "(**[@catblade](https://github.com/catblade)**)\n",
              "(**[@catblade](https://github.com/catblade)**), NVIDIA\n"),
          new Fix(
              "leader-details",
              WF + "subprojects/batch/README.md",
              "(**[@asm582](https://github.com/asm582)**)\n",
              "(**[@asm582](https://github.com/asm582)**), Red Hat\n"),
          // The example has no landscape/index.md: the landscape's own address is linked.
          new Fix(
              "local-links",
              WF + "subprojects/batch/README.md",
              "](./landscape/index.md)",
              "](https://bsi-landscape.netlify.app/)"));

  @Test
  void writesTheGoGeneratorsPagesWithTheDocumentedFixes() throws IOException {
    Map<String, String> ours = render();
    Map<String, String> go = goPages();
    assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(go.keySet());
    for (Map.Entry<String, String> page : go.entrySet()) {
      assertThat(ours.get(page.getKey())).as(page.getKey()).isEqualTo(fixed(page));
    }
  }

  /**
   * A TOC subproject, which the excerpt has none of: the page {@code toc_subproject_readme.tmpl}
   * gives, worked out by hand from the template, with the fixes: "Tag ... Slack" (tag-slack-label),
   * the leading "| " of a meeting without a calendar (meeting-facts), the chairs' terms
   * (leader-details), the final newline. The initiative label is derived from the name, as the Go
   * program derives it.
   */
  @Test
  void tocSubprojectPagesFollowTheGoTemplate() {
    String yaml =
        """
        toc_subprojects:
          - dir: project-reviews
            name: Project Reviews Subproject
            mission_statement: Reviews of CNCF projects.
            leadership:
              chairs:
                - github: a-chair
                  name: A Chair
                  company: ACo
                  term:
                    start: "2025-07-01"
                    end: "2027-06-30"
            meetings:
              - description: Project Reviews Meetings
                recordings_url: https://www.youtube.com/@reviews
            contact:
              slack: C0REVIEWS
              mailing_list: https://lists.cncf.io/g/cncf-toc
              toc_liaison:
                - github: liaison
                  name: The Liaison
        """;
    TagRegistry registry = TagRegistry.parse(yaml, "tags.yaml");
    GeneratedPage page = PageGenerator.builtIn().render(registry, "tags.yaml").get(0);
    assertThat(page.path()).isEqualTo("toc_subprojects/project-reviews/README.md");
    assertThat(page.content())
        .isEqualTo(
            """
            # Project Reviews Subproject

            <!-- THIS FILE IS AUTO-GENERATED FROM /tags.yaml -->

            ## Mission Statement
            Reviews of CNCF projects.

            [Charter](./charter.md)

            ## Leadership
            ### Chairs
            - A Chair (**[@a-chair](https://github.com/a-chair)**), ACo (Term: 2025-07-01 - 2027-06-30)

            ## Meetings
            - **Project Reviews Meetings**: [Recordings](https://www.youtube.com/@reviews)

            ## Contact
            - Slack: [Project Reviews Subproject Slack](https://cloud-native.slack.com/archives/C0REVIEWS)
            - [Mailing List](https://lists.cncf.io/g/cncf-toc)
            - TOC Liaison: The Liaison (**[@liaison](https://github.com/liaison)**)

            ## Initiatives
            [Project Reviews Subproject Initiatives](https://github.com/cncf/toc/issues?q=is%3Aopen%20label%3Akind%2Finitiative%20label%3Asub%2Fproject-reviews)
            """);
  }

  /** A subproject without a dir lives where the Go program puts it: its name as a slug. */
  @Test
  void aSubprojectWithoutADirIsWhereTheGoProgramPutsIt() {
    String yaml =
        """
        tags:
          - dir: tag-x
            name: TAG X
            tag_subprojects:
              - name: Green Reviews
        """;
    assertThat(PageGenerator.paths(TagRegistry.parse(yaml, "tags.yaml")))
        .containsExactly("tags/tag-x/README.md", "tags/tag-x/subprojects/green-reviews/README.md");
  }

  /**
   * The Go program's defects that the excerpt does not show: a person without a handle on a
   * subproject's page (empty-handle), a plain mission that would swallow the charter link
   * (charter-paragraph), empty Slack and mailing-list links and an empty Meetings heading
   * (empty-links, empty-heading), no charter next to the page (local-links).
   */
  @Test
  void theGoProgramsOtherDefectsAreFixed(@org.junit.jupiter.api.io.TempDir Path repo) {
    String yaml =
        """
        tags:
          - dir: tag-x
            name: TAG X
            leadership:
              chairs:
                - name: No Handle
            contact:
              slack_channel: "#tag-x"
            tag_subprojects:
              - dir: sub
                name: Sub
                mission_statement: A plain mission.
                leadership:
                  subproject_leads:
                    - name: Handle-less Lead
        """;
    List<GeneratedPage> pages =
        PageGenerator.builtIn().render(TagRegistry.parse(yaml, "tags.yaml"), "tags.yaml", repo);
    assertThat(pages.get(0).content())
        .contains(
            "## Leadership\n### Chairs\n- No Handle\n\n## Contact\n- Slack: #tag-x on cloud-native.slack.com\n")
        .doesNotContain("[Charter]", "## Meetings", "[Mailing List]()", "archives/)", "[@]");
    assertThat(pages.get(1).content())
        .contains(
            "## Mission Statement\nA plain mission.\n\n## Leadership\n### Subproject Leads\n- Handle-less Lead\n")
        .doesNotContain("[Charter]", "[@](https://github.com/)", "## 📅 Meetings", "## 💬 Contact");
  }

  @Test
  void everyFixIsDocumented() throws IOException {
    String doc = Files.readString(ProjectFiles.path("docs/pages.md"));
    assertThat(FIXES).allSatisfy(fix -> assertThat(doc).contains("\n### " + fix.id() + "\n"));
  }

  /** The Go page with every fix that applies to it, each of which must change it. */
  private static String fixed(Map.Entry<String, String> page) {
    String text = page.getValue();
    for (Fix fix : FIXES) {
      if (fix.path().equals(page.getKey())) {
        String next = text.replace(fix.from(), fix.to());
        assertThat(next).as(fix + " changes " + page.getKey()).isNotEqualTo(text);
        text = next;
      }
    }
    // final-newline
    return text.endsWith("\n") ? text : text + "\n";
  }

  private static Map<String, String> render() throws IOException {
    Path example = ProjectFiles.path("examples/cncf-toc");
    TagRegistry registry = TagRegistry.read(example.resolve("tags.yaml"));
    return PageGenerator.builtIn()
        .today(LocalDate.of(2026, 7, 1))
        .render(registry, "tags.yaml", example)
        .stream()
        .collect(
            Collectors.toMap(
                GeneratedPage::path, GeneratedPage::content, (a, b) -> a, TreeMap::new));
  }

  static Map<String, String> goPages() throws IOException {
    try (Stream<Path> files = Files.walk(GO)) {
      Map<String, String> pages = new TreeMap<>();
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        pages.put(GO.relativize(file).toString().replace('\\', '/'), Files.readString(file));
      }
      return pages;
    }
  }
}
