package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * tagkit's own style of page for a TAG of the registry holds what cncf/toc's page holds, without
 * its defects.
 */
class CncfTocPageTest {

  @Test
  void sameInformationAsCncfTocsPageWithoutItsDefects() throws Exception {
    String theirs =
        Files.readString(
            GoldenPagesTest.RESOURCES.resolve("cncf-toc-go/tags/tag-infrastructure/README.md"));
    TagRegistry registry = TagRegistry.read(ProjectFiles.excerpt());
    String ours =
        PageGenerator.builtIn()
            .style(PageStyle.TAGKIT)
            .today(LocalDate.of(2026, 7, 1))
            .render(registry, "tags.yaml")
            .get(0)
            .content();
    List<String> ourLines = ours.lines().toList();

    List<String> facts =
        theirs
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("<!--"))
            .filter(line -> !line.contains("Tag TAG"))
            .filter(line -> !line.equals("## Subprojects"))
            .toList();
    assertThat(facts).hasSize(24);
    assertThat(ourLines).containsAll(facts);

    // The defects: a doubled "Tag TAG" in the Slack link, an empty Subprojects heading.
    assertThat(theirs).contains("[Tag TAG Infrastructure Slack]", "## Subprojects\n## Initiatives");
    assertThat(ours)
        .doesNotContain("Tag TAG", "## Subprojects")
        .contains(
            "- Slack: [TAG Infrastructure Slack](https://cloud-native.slack.com/archives/C08KBH3RA1K)");
  }
}
