package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.LeadershipRotation;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emeritus page, generated from {@code emeritus_leads} once the excerpt's ended terms are
 * rotated: every emeritus lead with a working profile link, and the hand-kept page adopted.
 */
class EmeritusPageTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private static TagRegistry rotated() {
    return LeadershipRotation.rotate(
            TagFileEditor.of(ProjectFiles.text("examples/cncf-toc/tags.yaml"), "tags.yaml"),
            DAY,
            Map.of())
        .editor()
        .registry();
  }

  private static GeneratedPage emeritus(TagRegistry registry, PageStyle style) {
    return PageGenerator.builtIn()
        .with(Set.of(PageGenerator.Extra.EMERITUS_PAGE))
        .style(style)
        .today(DAY)
        .render(registry, "tags.yaml")
        .stream()
        .filter(p -> p.path().equals("tags/emeritus_leaders.md"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void noPageWithoutEmeritusLeads() throws Exception {
    TagRegistry registry = TagRegistry.read(ProjectFiles.excerpt());
    assertThat(PageGenerator.builtIn().render(registry, "tags.yaml"))
        .noneMatch(p -> p.path().contains("emeritus"));
  }

  /** cncf/toc keeps its emeritus page by hand: tagkit writes one only when asked. */
  @Test
  void noPageUnlessAsked() {
    TagRegistry registry = rotated();
    for (PageStyle style : PageStyle.values()) {
      assertThat(PageGenerator.builtIn().style(style).today(DAY).render(registry, "tags.yaml"))
          .noneMatch(p -> p.path().contains("emeritus"));
    }
  }

  @Test
  void everyEmeritusLeadIsARowWithTheirProfileAndTerm() {
    TagRegistry registry = rotated();
    for (PageStyle style : Set.of(PageStyle.CNCF_TOC, PageStyle.TAGKIT)) {
      String page = emeritus(registry, style).content();
      assertThat(page)
          .startsWith(PageFiles.BANNER + "tags.yaml")
          .contains("\n# Emeritus Leaders\n");
      int rows = 0;
      for (Group group : registry.groups()) {
        if (group.people(Role.EMERITUS_LEAD).isEmpty()) {
          continue;
        }
        assertThat(page).contains("\n## " + group.name() + "\n");
        for (Person p : group.people(Role.EMERITUS_LEAD)) {
          String handle = p.github().orElseThrow();
          assertThat(page)
              .contains(
                  "| "
                      + p.name().orElseThrow()
                      + " | [@"
                      + handle
                      + "](https://github.com/"
                      + handle
                      + ") | - | "
                      + p.term().get().start()
                      + " to "
                      + p.term().get().end()
                      + " |");
          rows++;
        }
      }
      assertThat(rows).isEqualTo(5);
      assertThat(page).doesNotContain("https:github.com");
    }
  }

  @Test
  void theHandKeptPageIsLeftAloneUntilAdopted(@TempDir Path repo) throws Exception {
    Path kept = repo.resolve("tags/emeritus_leaders.md");
    Files.createDirectories(kept.getParent());
    String old = "# Emeritus Leaders\n\n- [Someone](https:github.com/someone)\n";
    Files.writeString(kept, old);
    GeneratedPage page = emeritus(rotated(), PageStyle.CNCF_TOC);
    assertThatThrownBy(() -> PageFiles.write(repo, java.util.List.of(page)))
        .isInstanceOf(UnownedPageException.class);
    assertThat(Files.readString(kept)).isEqualTo(old);
    PageFiles.write(repo, java.util.List.of(page), Set.of("tags/emeritus_leaders.md"));
    String adopted = Files.readString(kept);
    // The hand-kept list keeps its own heading, as a section of the page, not of its last table.
    assertThat(adopted)
        .startsWith(page.content().strip())
        .contains("\n## Emeritus Leaders\n\n- [Someone](https:github.com/someone)\n");
    assertThat(PageFiles.drift(repo, java.util.List.of(page))).isEmpty();
  }
}
