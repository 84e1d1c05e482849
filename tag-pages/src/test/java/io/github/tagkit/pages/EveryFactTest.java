package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.MetadataGenerators;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.model.testing.Properties;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every non-empty value of every group is on that group's page, in every style, but for the values
 * {@code docs/pages.md} lists as not shown: the test walks the model's records, so a field added to
 * the model and left off the pages fails it.
 */
class EveryFactTest {

  /** Record components no page shows ({@code docs/pages.md}, "Values a page does not show"). */
  private static final Set<String> NEVER_SHOWN =
      Set.of(
          "dir",
          "label",
          "email",
          "lfxId",
          "slackPurpose",
          "mailingListPurpose",
          "githubPurpose",
          // A structured recurrence is written out in words, not as its parts.
          "recurrence");

  /**
   * What a style leaves to other pages: the cncf-toc and tagkit styles' registry pages leave the
   * landing page's {@code page:} to it; the contribute-site page shows it.
   */
  private static Set<String> notShown(PageStyle style, Group group) {
    Set<String> names = new java.util.HashSet<>(NEVER_SHOWN);
    if (style != PageStyle.CONTRIBUTE_SITE) {
      names.add("page"); // the tagkit style's landing page shows it; SeedFactsTest checks it
    }
    if (style == PageStyle.CNCF_TOC && !(group instanceof Tag)) {
      names.add("initiativesUrl"); // derived from the name, as the Go generator does
    }
    return names;
  }

  @ParameterizedTest(name = "{0} in the {1} style")
  @CsvSource({
    "examples/cncf-toc/tags.yaml, CNCF_TOC",
    "examples/cncf-toc/tags.yaml, TAGKIT",
    "examples/tag-infrastructure/tag.yaml, CNCF_TOC",
    "examples/tag-infrastructure/tag.yaml, TAGKIT",
    "tag-pages/src/test/resources/hostile/tags.yaml, CNCF_TOC",
    "tag-pages/src/test/resources/hostile/tags.yaml, TAGKIT",
    "tag-pages/src/test/resources/hostile/tag.yaml, CNCF_TOC",
    "tag-pages/src/test/resources/hostile/tag.yaml, TAGKIT",
    "examples/cncf-toc/tags.yaml, CONTRIBUTE_SITE",
    "examples/tag-infrastructure/tag.yaml, CONTRIBUTE_SITE",
    "tag-pages/src/test/resources/hostile/tags.yaml, CONTRIBUTE_SITE",
    "tag-pages/src/test/resources/hostile/tag.yaml, CONTRIBUTE_SITE"
  })
  void everyValueOfTheExamplesIsOnItsGroupsPage(String file, PageStyle style) throws Exception {
    Path path = ProjectFiles.path(file);
    assertEveryValueShown(TagRegistry.read(path), style, path.getParent());
  }

  @Test
  void everyValueOfAnyValidModelIsOnItsGroupsPage() {
    Properties.forAll(
        100,
        MetadataGenerators.registry(),
        registry -> {
          for (PageStyle style : PageStyle.values()) {
            assertEveryValueShown(registry, style, null);
          }
        });
  }

  private static void assertEveryValueShown(TagRegistry registry, PageStyle style, Path dir) {
    PageGenerator generator = PageGenerator.builtIn().style(style).today(LocalDate.of(2026, 7, 1));
    List<GeneratedPage> pages =
        dir == null
            ? generator.render(registry, "tags.yaml")
            : generator.render(registry, "tags.yaml", dir);
    if (style == PageStyle.CONTRIBUTE_SITE) {
      assertEveryValueOnTheSite(registry, pages);
      return;
    }
    List<Group> groups = groups(registry);
    assertThat(pages).hasSameSizeAs(groups);
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      String page = plain(pages.get(i).content());
      List<String> values = new ArrayList<>();
      collect(group, notShown(style, group), values);
      for (String value : values) {
        assertThat(page)
            .as("%s of %s in the %s style", value, pages.get(i).path(), style)
            .contains(plain(value));
      }
    }
  }

  /**
   * The contribute-site style has a page per TAG, which shows its subprojects too; the site has no
   * pages of TOC subprojects.
   */
  private static void assertEveryValueOnTheSite(TagRegistry registry, List<GeneratedPage> pages) {
    for (Tag tag : registry.tags()) {
      String path = ContributeSiteContexts.siteName(tag) + "/index.md";
      String page =
          plain(
              pages.stream()
                  .filter(p -> p.path().equals(path))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no page " + path))
                  .content());
      List<String> values = new ArrayList<>();
      Set<String> skipped = notShown(PageStyle.CONTRIBUTE_SITE, tag);
      collect(tag, skipped, values);
      tag.subprojects().forEach(sub -> collect(sub, skipped, values));
      for (String value : values) {
        // A relative link is made absolute in the group's directory: its path ends the address.
        String shown = value.replaceFirst("^\\./", "");
        if (TocSearches.of(value).isPresent() && page.contains(plain(TocSearches.PREFIX))) {
          // An initiatives search may be written as the site writes it: the same search.
          assertThat(TocSearches.in(page))
              .as("%s of %s in the contribute-site style", value, path)
              .contains(TocSearches.of(value).get());
          continue;
        }
        assertThat(page)
            .as("%s of %s in the contribute-site style", value, path)
            .contains(plain(shown));
      }
    }
  }

  /** The groups in the order their pages are rendered. */
  static List<Group> groups(TagRegistry registry) {
    List<Group> groups = new ArrayList<>();
    for (Tag tag : registry.tags()) {
      groups.add(tag);
      groups.addAll(tag.subprojects());
    }
    groups.addAll(registry.tocSubprojects());
    return groups;
  }

  /** Every text and date inside {@code value}; a TAG's subprojects are groups of their own. */
  private static void collect(Object value, Set<String> skipped, List<String> into) {
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> collect(v, skipped, into));
    } else if (value instanceof Collection<?> items) {
      items.forEach(item -> collect(item, skipped, into));
    } else if (value instanceof String text) {
      if (!text.isBlank()) {
        into.add(text);
      }
    } else if (value instanceof LocalDate date) {
      into.add(date.toString());
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (skipped.contains(component.getName())
            || (record instanceof Tag && component.getName().equals("subprojects"))) {
          continue;
        }
        try {
          collect(component.getAccessor().invoke(record), skipped, into);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Text as a reader sees it: escapes and encoded spaces undone, white space collapsed. */
  private static String plain(String markdown) {
    return markdown
        .replaceAll("\\\\([\\\\*_`<>\\[\\]|#+=~.)-])", "$1")
        .replace("%20", " ")
        .replace("%7C", "|")
        .replace("%28", "(")
        .replace("%29", ")")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
