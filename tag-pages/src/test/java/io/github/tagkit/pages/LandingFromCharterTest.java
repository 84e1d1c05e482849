package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A landing page, and a contribute-site page, without page.mission or page.scope takes them from
 * the TAG's charter.
 */
class LandingFromCharterTest {

  @Test
  void missionAndScopeComeFromTheCharter(@TempDir Path repo) throws Exception {
    Path tag = withCharter(repo, "dir: tag-infrastructure\nname: TAG Infrastructure\n");
    String page =
        PageGenerator.builtIn()
            .today(LocalDate.of(2026, 7, 1))
            .render(TagRegistry.read(tag), "tag.yaml", repo)
            .get(0)
            .content();
    assertThat(page)
        .contains(
            "## Mission\n\nTo define and advance practices, standards, and assessments related to"
                + " core cloud native infrastructure areas")
        .contains("\n\n[Charter](./charter.md)\n")
        .contains(
            "## Scope\n\nTAG Infrastructure focuses on:\n\n- Data: Data refers to all digital"
                + " information created");
    // Written once: the charter's, not a second copy in the metadata.
    assertThat(page.split("To define and advance practices", -1)).hasSize(2);
  }

  @Test
  void theMetadatasOwnListsComeFirst(@TempDir Path repo) throws Exception {
    Path tag =
        withCharter(
            repo,
            "dir: tag-x\nname: TAG X\npage:\n  mission: [Be useful]\n  scope: [Everything]\n");
    String page =
        PageGenerator.builtIn().render(TagRegistry.read(tag), "tag.yaml", repo).get(0).content();
    assertThat(page)
        .contains("The mission of TAG X is to:\n\n- Be useful\n")
        .contains("TAG X focuses on:\n\n- Everything\n")
        .doesNotContain("To define and advance practices", "- Data:");
  }

  @Test
  void theSitePageTakesItsSummaryAndScopeFromTheCharter(@TempDir Path repo) throws Exception {
    Path tag = withCharter(repo, "dir: tag-infrastructure\nname: TAG Infrastructure\n");
    String page =
        PageGenerator.builtIn()
            .style(PageStyle.CONTRIBUTE_SITE)
            .today(LocalDate.of(2026, 7, 1))
            .render(TagRegistry.read(tag), "tag.yaml", repo)
            .get(0)
            .content();
    assertThat(page)
        .contains(
            "# TAG Infrastructure\n\nTo define and advance practices, standards, and assessments"
                + " related to core\ncloud native infrastructure areas")
        .contains("\n- [Charter](charter.md)\n")
        .contains(
            "## Scope\n\nTAG Infrastructure focuses on:\n\n- Data: Data refers to all digital"
                + " information created, handled, and utilized by\n  applications.");
    assertThat(page.split("To define and advance practices", -1)).hasSize(2);
  }

  /** {@code repo} with TAG Infrastructure's real charter and a {@code tag.yaml} of {@code yaml}. */
  private static Path withCharter(Path repo, String yaml) throws Exception {
    ProjectFiles.copy(
        "examples/cncf-toc/tags/tag-infrastructure/charter.md", repo.resolve("charter.md"));
    return Files.writeString(repo.resolve("tag.yaml"), yaml);
  }
}
