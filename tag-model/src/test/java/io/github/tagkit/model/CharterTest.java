package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every real charter there is, read into the model: its sections, items and lines. */
class CharterTest {
  private static final Path TAGS = ProjectFiles.path("examples/cncf-toc/tags");

  private static Charter read(String path) throws Exception {
    return Charter.read(ProjectFiles.path(path));
  }

  @Test
  void tagInfrastructuresCharterHasEverySection() throws Exception {
    Charter charter = read("examples/cncf-toc/tags/tag-infrastructure/charter.md");
    assertThat(charter.placeholder()).isFalse();
    assertThat(charter.title())
        .get()
        .extracting(Charter.Section::heading, Charter.Section::line)
        .containsExactly("CNCF TAG Infrastructure", 1);
    assertThat(charter.mission())
        .get()
        .satisfies(
            m -> {
              assertThat(m.line()).isEqualTo(3);
              assertThat(m.text())
                  .startsWith("To define and advance practices, standards, and assessments");
            });
    Charter.Section scope = charter.inScope().orElseThrow();
    assertThat(scope.heading()).isEqualTo("Scope");
    assertThat(scope.text())
        .isEqualTo("This TAG covers the following sub-domains and topics within its scope:");
    Charter.Item data = scope.items().get(0);
    assertThat(data.text()).startsWith("Data: Data refers to all digital information");
    assertThat(data.line()).isEqualTo(10);
    assertThat(data.items())
        .extracting(Charter.Item::text)
        .containsExactly(
            "User interactions",
            "System logs",
            "Performance metrics",
            "Configuration settings",
            "Permanent records like database entries");
    assertThat(data.items().get(0).line()).isEqualTo(11);
    assertThat(charter.outOfScope()).get().extracting(Charter.Section::line).isEqualTo(56);
    assertThat(charter.deliverables())
        .get()
        .extracting(Charter.Section::heading)
        .isEqualTo("Anticipated Deliverables");
    assertThat(charter.successCriteria()).get().extracting(Charter.Section::line).isEqualTo(70);
    assertThat(charter.coordination()).isPresent();
    assertThat(charter.alignment())
        .get()
        .extracting(Charter.Section::heading)
        .isEqualTo("Alignment with the CNCF TOC Charter");
  }

  @Test
  void headingsAreMatchedTheWayRealChartersWriteThem() throws Exception {
    Charter resilience = read("examples/cncf-toc/tags/tag-operational-resilience/charter.md");
    assertThat(resilience.mission())
        .get()
        .extracting(Charter.Section::heading)
        .isEqualTo("Mission Statement");
    assertThat(resilience.inScope())
        .get()
        .satisfies(
            s -> {
              assertThat(s.heading()).isEqualTo("In-Scope");
              assertThat(s.items().get(3).text())
                  .isEqualTo(
                      "Resource Optimization: The efficient use of computational, storage, and network resources to balance performance and cost.");
              assertThat(s.items().get(3).items()).extracting(Charter.Item::text).hasSize(2);
            });
    assertThat(resilience.deliverables())
        .get()
        .extracting(Charter.Section::heading)
        .isEqualTo("Deliverables to TOC");
    assertThat(resilience.section("introduction")).isPresent();
    assertThat(resilience.section("Audiences"))
        .get()
        .extracting(Charter.Section::level)
        .isEqualTo(2);

    Charter batch =
        read("examples/cncf-toc/tags/tag-workloads-foundation/subprojects/batch/charter.md");
    assertThat(batch.inScope())
        .get()
        .extracting(Charter.Section::heading, Charter.Section::level)
        .containsExactly("In Scope", 3);
    assertThat(batch.outOfScope())
        .get()
        .extracting(Charter.Section::heading)
        .isEqualTo("Out of Scope");
    assertThat(batch.deliverables())
        .get()
        .extracting(Charter.Section::heading)
        .isEqualTo("Deliverables");
  }

  @Test
  void thePlaceholderTheGoGeneratorWroteIsAPlaceholder() throws Exception {
    Charter green =
        read(
            "examples/cncf-toc/tags/tag-operational-resilience/subprojects/green-reviews/charter.md");
    assertThat(green.placeholder()).isTrue();
    assertThat(green.sections()).isEmpty();
    assertThat(Charter.parse("# TAG X Charter\n\n## Mission\n", "c.md").placeholder()).isTrue();
    assertThat(Charter.parse("TBD", "c.md").placeholder()).isTrue();
    assertThat(Charter.parse("# X\n\n## Mission\n\nTo be.\n", "c.md").placeholder()).isFalse();
  }

  @Test
  void theWebsitesCopyReadsWithItsFrontMatterAndLines() throws Exception {
    Charter site =
        read("tag-model/src/test/resources/charters/contribute-site/infrastructure-charter.md");
    Charter toc = read("examples/cncf-toc/tags/tag-infrastructure/charter.md");
    assertThat(site.title())
        .get()
        .extracting(Charter.Section::heading, Charter.Section::line)
        .containsExactly("CNCF TAG Infrastructure", 8);
    assertThat(site.mission().orElseThrow().text()).isEqualTo(toc.mission().orElseThrow().text());
    assertThat(site.sections())
        .extracting(Charter.Section::heading)
        .containsExactlyElementsOf(toc.sections().stream().map(Charter.Section::heading).toList());
  }

  @Test
  void everyCharterOfTheExampleReads() throws Exception {
    try (Stream<Path> files = Files.walk(TAGS)) {
      List<Path> charters =
          files.filter(f -> f.getFileName().toString().equals("charter.md")).toList();
      assertThat(charters).hasSize(5);
      for (Path file : charters) {
        Charter charter = Charter.read(file);
        assertThat(
                charter.placeholder()
                    || (charter.mission().isPresent() && charter.inScope().isPresent()))
            .as(file.toString())
            .isTrue();
      }
    }
  }

  @Test
  void aGroupsCharterIsFoundFromItsPlace() throws Exception {
    TagRegistry registry = TagRegistry.read(ProjectFiles.excerpt());
    Tag resilience = registry.tags().get(1);
    assertThat(Charter.pathIn(registry, resilience))
        .hasValue("tags/tag-operational-resilience/charter.md");
    assertThat(Charter.pathIn(registry, resilience.subprojects().get(0)))
        .hasValue("tags/tag-operational-resilience/subprojects/green-reviews/charter.md");
    TagRegistry single =
        TagRegistry.read(ProjectFiles.path("examples/tag-infrastructure/tag.yaml"));
    assertThat(Charter.pathIn(single, single.tags().get(0))).hasValue("charter.md");
    TagRegistry linked =
        TagRegistry.parse(
            "dir: tag-x\nname: TAG X\ncharter_link: https://example.org/charter.md\n", "tag.yaml");
    assertThat(Charter.pathIn(linked, linked.tags().get(0))).isEmpty();
  }
}
