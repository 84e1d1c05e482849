package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contribute-site style against the CNCF website's real, hand-kept TAG Infrastructure page: the
 * page generated from the cncf/toc excerpt holds every registry fact the real page shows, in its
 * sections and their order, and adopting the real page keeps its narrative sections.
 */
class ContributeSiteStyleTest {
  private static final String REAL =
      ProjectFiles.text("tag-pages/src/test/resources/contribute-site/infrastructure/index.md");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern ROW =
      Pattern.compile(
          "(?m)^\\| *([^|]+?) *\\| *\\[@([^\\]]+)\\]\\([^)]*\\) *\\| *([^|]+?) *\\| *([^|]+?) *\\|$");

  private final TagRegistry registry = read();
  private final List<GeneratedPage> pages =
      PageGenerator.builtIn()
          .style(PageStyle.CONTRIBUTE_SITE)
          .today(LocalDate.of(2026, 7, 1))
          .render(
              registry, "tags.yaml", ProjectFiles.path("examples/cncf-toc/tags.yaml").getParent());
  private final String generated = page("infrastructure/index.md");

  private static TagRegistry read() {
    try {
      return TagRegistry.read(ProjectFiles.path("examples/cncf-toc/tags.yaml"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private String page(String path) {
    return pages.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().content();
  }

  @Test
  void writesEachTagsPageAndCharterAndTheIndexAtTheSitesPaths() {
    assertThat(pages)
        .extracting(GeneratedPage::path)
        .containsExactly(
            "infrastructure/index.md",
            "infrastructure/charter.md",
            "operational-resilience/index.md",
            "operational-resilience/charter.md",
            "workloads-foundation/index.md",
            "workloads-foundation/charter.md",
            "index.md");
    assertThat(generated)
        .startsWith(REAL.substring(0, REAL.indexOf("# TAG Infrastructure")).strip());
    assertThat(page("infrastructure/charter.md"))
        .startsWith("---\ntitle: Charter\ntags:\n  - infrastructure\n  - tag\n---\n")
        .contains("\n# CNCF TAG Infrastructure\n", "\n## Mission\n");
  }

  @Test
  void everyLeaderRowOfTheRealPageWhoseLeaderIsInTheRegistryIsARowOfTheGeneratedPage() {
    Matcher real = ROW.matcher(REAL);
    List<String> generatedRows = rows(generated);
    int compared = 0;
    while (real.find()) {
      String handle = real.group(2);
      boolean inRegistry = handles().contains(handle);
      if (inRegistry) {
        compared++;
        assertThat(generatedRows)
            .contains(real.group(1) + "|" + handle + "|" + real.group(3) + "|" + real.group(4));
      }
    }
    // Of the real page's eight leaders, two tech leads joined after the excerpt was taken.
    assertThat(compared).isEqualTo(6);
  }

  @Test
  void everyLinkOfTheRealPageOutsideItsNarrativeIsOnTheGeneratedPage() {
    String facts =
        REAL.replaceAll("(?s)## Focus Areas.*?(?=\\n## )", "")
            .replaceAll("(?s)## Getting Involved.*?(?=\\n## )", "");
    Set<String> registryTags =
        Set.copyOf(registry.tags().stream().map(ContributeSiteContexts::siteName).toList());
    Matcher link = LINK.matcher(facts);
    List<String> links = new ArrayList<>();
    while (link.find()) {
      String target = link.group(1);
      Matcher related = Pattern.compile("^\\.\\./([^/]+)/index\\.md$").matcher(target);
      if (related.matches() && !registryTags.contains(related.group(1))) {
        continue; // a TAG the excerpt does not have
      }
      Matcher profile = Pattern.compile("^https://github\\.com/([A-Za-z0-9-]+)$").matcher(target);
      if (profile.matches()
          && REAL.contains("[@" + profile.group(1) + "]")
          && !handles().contains(profile.group(1))) {
        continue; // a leader who joined after the excerpt was taken
      }
      links.add(target);
    }
    assertThat(links).hasSizeGreaterThan(20);
    for (String target : links) {
      assertThat(generated).as("link %s", target).contains("](" + target + ")");
    }
  }

  /** The GitHub handles of the registry's chairs, tech leads and TOC liaisons. */
  private Set<String> handles() {
    Set<String> handles = new java.util.HashSet<>();
    for (var tag : registry.tags()) {
      for (var role :
          List.of(io.github.tagkit.model.Role.CHAIR, io.github.tagkit.model.Role.TECH_LEAD)) {
        tag.people(role).forEach(p -> p.github().ifPresent(handles::add));
      }
      tag.contact().tocLiaisons().forEach(p -> p.github().ifPresent(handles::add));
    }
    return handles;
  }

  /**
   * The registry's initiatives link makes the search the "Active Initiatives" link makes: the page
   * links it once, as the real page does, and makes no claim about how leaders are chosen.
   */
  @Test
  void noInitiativesSearchTwiceAndNoClaimTheGovernanceContradicts() {
    for (String path : List.of("infrastructure/index.md", "workloads-foundation/index.md")) {
      String page = page(path);
      assertThat(page).doesNotContain("Open Initiatives").doesNotContain("elected by");
      List<java.util.Set<String>> searches = TocSearches.in(page);
      assertThat(searches).as(path).doesNotHaveDuplicates().isNotEmpty();
    }
  }

  @Test
  void sectionsComeInTheRealPagesOrder() {
    List<String> real = REAL.lines().filter(l -> l.matches("#{1,3} .*")).toList();
    List<String> ours = new ArrayList<>();
    for (String line : generated.lines().toList()) {
      if (line.matches("#{1,3} .*")) {
        ours.add(line);
      } else if (line.startsWith("<!-- BEGIN CUSTOM CONTENT: ")) {
        ours.add("## " + line.replaceAll("^<!-- BEGIN CUSTOM CONTENT: | -->$", ""));
      }
    }
    List<String> realTop = real.stream().filter(l -> !l.startsWith("### ") || inFacts(l)).toList();
    assertThat(ours).containsSubsequence(realTop);
  }

  private static boolean inFacts(String heading) {
    return List.of(
            "### Chairs", "### Tech Leads", "### TOC Liaisons", "### Slack", "### Mailing List")
        .contains(heading);
  }

  @Test
  void adoptingTheRealPageKeepsItsNarrativeInItsBlocksAndRegeneratingKeepsThem(@TempDir Path site)
      throws Exception {
    Path page = site.resolve("infrastructure/index.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, REAL);
    List<GeneratedPage> one = List.of(new GeneratedPage("infrastructure/index.md", generated));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PageFiles.write(site, one))
        .isInstanceOf(UnownedPageException.class);
    PageFiles.write(site, one, Set.of("infrastructure/index.md"));
    String adopted = Files.readString(page);
    assertThat(block(adopted, "Focus Areas"))
        .startsWith("## Focus Areas")
        .contains("### Data & Storage", "- Load balancing strategies");
    assertThat(block(adopted, "Getting Involved"))
        .startsWith("## Getting Involved")
        .contains("### Share Your Experience");
    // The hand-written summary has no place of its own: it is kept in the last block.
    assertThat(block(adopted, null)).contains("TAG Infrastructure develops and promotes");
    assertThat(adopted.split("## Leadership", -1)).hasSize(2);

    PageFiles.write(site, one);
    assertThat(Files.readString(page)).isEqualTo(adopted);
    assertThat(PageFiles.drift(site, one)).isEmpty();
  }

  /**
   * Adopting the site's real charter page of TAG Infrastructure, which copies the charter the
   * registry's repository holds: the charter is on the page once, with the generated front matter
   * only; regenerating changes nothing.
   */
  @Test
  void adoptingTheRealCharterPageKeepsTheCharterOnce(@TempDir Path site) throws Exception {
    Path page = site.resolve("infrastructure/charter.md");
    Files.createDirectories(page.getParent());
    String real =
        ProjectFiles.text(
            "tag-model/src/test/resources/charters/contribute-site/infrastructure-charter.md");
    Files.writeString(page, real);
    List<GeneratedPage> one =
        List.of(new GeneratedPage("infrastructure/charter.md", page("infrastructure/charter.md")));
    PageFiles.write(site, one, Set.of("infrastructure/*"));
    String adopted = Files.readString(page);
    assertThat(adopted.split("\n## Mission\n", -1)).hasSize(2);
    assertThat(adopted.split("\n## Scope\n", -1)).hasSize(2);
    assertThat(adopted.split("title: Charter", -1)).hasSize(2);
    // the site's copy says nothing the charter does not: the page is the generated one
    assertThat(adopted).isEqualTo(page("infrastructure/charter.md"));
    PageFiles.write(site, one);
    assertThat(Files.readString(page)).isEqualTo(adopted);
    assertThat(PageFiles.drift(site, one)).isEmpty();
  }

  /**
   * Adopting the site's real TAGs index: each TAG's hand-written line stays in that TAG's entry,
   * the entries of TAGs the registry does not hold (two of the five, in the excerpt) are kept, and
   * the counts, liaisons and links are the registry's.
   */
  @Test
  void adoptingTheRealIndexKeepsEachTagsOwnLine(@TempDir Path site) throws Exception {
    Path index = site.resolve("index.md");
    String real = ProjectFiles.text("tag-pages/src/test/resources/contribute-site/index.md");
    Files.writeString(index, real);
    List<GeneratedPage> one = List.of(new GeneratedPage("index.md", page("index.md")));
    PageFiles.write(site, one, Set.of("index.md"));
    String adopted = Files.readString(index);
    assertThat(block(adopted, "about infrastructure"))
        .isEqualTo(
            "Developing practices, standards, and assessments for core cloud native\n"
                + "infrastructure to enable scalable, resilient, secure, and performant systems.");
    assertThat(block(adopted, "about workloads-foundation"))
        .contains("Defining practices and standards for cloud native workload execution");
    String entry =
        adopted.substring(
            adopted.indexOf("### TAG Infrastructure"),
            adopted.indexOf("### TAG Operational Resilience"));
    assertThat(entry)
        .contains("**Leadership**: 3 Chairs, 5 Tech Leads")
        .doesNotContain(
            "Focus**: Data, Storage, Network, DNS, Compute, Service Mesh,\nInfrastructure-as-Code, Edge, Sovereignty, Load Balancing\n\n**Focus");
    assertThat(entry.split("\\*\\*Focus\\*\\*", -1)).hasSize(2);
    assertThat(entry.split("\\*\\*Leadership\\*\\*", -1)).hasSize(2);
    // the TAGs the excerpt does not hold, and the site's other sections, are kept below
    assertThat(block(adopted, null))
        .contains("### TAG Developer Experience", "### TAG Security and Compliance")
        .contains("## TAG Structure and Organization");
    PageFiles.write(site, one);
    assertThat(Files.readString(index)).isEqualTo(adopted);
    assertThat(PageFiles.drift(site, one)).isEmpty();
  }

  /** A page's own front-matter tags stay when it is generated over, and after. */
  @Test
  void thePagesOwnFrontMatterTagsAreKept(@TempDir Path site) throws Exception {
    Path page = site.resolve("infrastructure/index.md");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        REAL.replace(
            "tags:\n  - infrastructure\n  - tag\n",
            "tags:\n  - infrastructure\n  - networking\n  - 'data'\n  - <script>\n  - tag\n"));
    List<GeneratedPage> one = List.of(new GeneratedPage("infrastructure/index.md", generated));
    PageFiles.write(site, one, Set.of("infrastructure/index.md"));
    String adopted = Files.readString(page);
    assertThat(adopted)
        .startsWith(
            "---\ntitle: TAG Infrastructure\ntags:\n  - infrastructure\n  - tag\n  - networking\n"
                + "  - data\n---\n");
    PageFiles.write(site, one);
    assertThat(Files.readString(page)).isEqualTo(adopted);
    assertThat(PageFiles.drift(site, one)).isEmpty();
    // a flow list too
    Path other = site.resolve("operational-resilience/index.md");
    Files.createDirectories(other.getParent());
    Files.writeString(
        other,
        "---\ntitle: TAG Operational Resilience\ntags: [observability, tag]\n---\n\n# Hand kept\n");
    List<GeneratedPage> two =
        List.of(
            new GeneratedPage(
                "operational-resilience/index.md", page("operational-resilience/index.md")));
    PageFiles.write(site, two, Set.of("operational-resilience/index.md"));
    assertThat(Files.readString(other)).contains("  - tag\n  - observability\n---\n");
  }

  private static String block(String page, String name) {
    String suffix = name == null ? "" : ": " + name;
    Matcher m =
        Pattern.compile(
                "(?s)<!-- BEGIN CUSTOM CONTENT"
                    + Pattern.quote(suffix)
                    + " -->(.*?)<!-- END CUSTOM CONTENT"
                    + Pattern.quote(suffix)
                    + " -->")
            .matcher(page);
    assertThat(m.find()).as("block %s", name).isTrue();
    return m.group(1).strip();
  }

  private static List<String> rows(String page) {
    List<String> rows = new ArrayList<>();
    Matcher m = ROW.matcher(page);
    while (m.find()) {
      rows.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4));
    }
    return rows;
  }
}
