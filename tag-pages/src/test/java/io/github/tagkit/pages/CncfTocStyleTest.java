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
