package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tag:sync} on the real pair: the cncf/toc registry excerpt (June 2026) and the website's
 * hand-kept TAG Infrastructure page (August 2026), which has the tech leads elected in July.
 */
class SiteSyncTest {
  private static final Path SITE = GoldenPagesTest.RESOURCES.resolve("contribute-site");
  private static final Pattern LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");

  private static Path repository(Path dir) throws Exception {
    Path tags = dir.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    Path page = dir.resolve("site/infrastructure/index.md");
    Files.createDirectories(page.getParent());
    Files.copy(SITE.resolve("infrastructure/index.md"), page);
    return tags;
  }

  /** The lines of {@code after} that {@code before} does not have, counted as a multiset. */
  private static List<String> added(String before, String after) {
    List<String> lines = new ArrayList<>(after.lines().toList());
    before.lines().forEach(lines::remove);
    return lines;
  }

  @Test
  void theNewerTechLeadsAndTheirTermsComeInAndOnlyTheirLinesChange(@TempDir Path dir)
      throws Exception {
    Path tags = repository(dir);
    String before = Files.readString(tags);
    SiteSync.Result result = new SiteSync(dir.resolve("site")).sync(tags);
    assertThat(result.changes())
        .containsExactly(
            "TAG Infrastructure: added tech lead @mesutoezdil (Mesut Özdil), term 2026-07-07 to"
                + " 2028-07-06, from the website (the page's newest tech lead term starts"
                + " 2026-07-07, the metadata's 2025-07-02)",
            "TAG Infrastructure: added tech lead @thschue (Thomas Schuetz), term 2026-07-07 to"
                + " 2028-07-06, from the website (the page's newest tech lead term starts"
                + " 2026-07-07, the metadata's 2025-07-02)",
            "TAG Infrastructure: tech lead @bschaatsbergen (Bruno Schaatsbergen) is emeritus, no"
                + " longer on the website's page (term 2025-07-02 to 2026-06-30) (the page's newest"
                + " tech lead term starts 2026-07-07, the metadata's 2025-07-02)",
            "TAG Infrastructure: tech lead @nicholasjackson (Nicholas Jackson) is emeritus, no"
                + " longer on the website's page (term 2025-07-02 to 2026-06-30) (the page's newest"
                + " tech lead term starts 2026-07-07, the metadata's 2025-07-02)",
            "TAG Infrastructure: the Slack channel's name is #tag-infrastructure, from the website"
                + " (the metadata had only its ID)");
    assertThat(result.undecided()).isEmpty();
    String after = result.editor().text();
    // nothing is written by the sync itself
    assertThat(Files.readString(tags)).isEqualTo(before);
    // every line of the file before is still there but the two leaders' moved e-mail lines
    assertThat(added(after, before)).containsExactly("          email:", "          email:");
    assertThat(before.lines().filter(l -> l.contains("#")))
        .allMatch(comment -> after.lines().anyMatch(comment::equals));
    assertThat(added(before, after))
        .containsExactlyInAnyOrder(
            "        - github: mesutoezdil",
            "          name: Mesut Özdil",
            "          term:",
            "            start: \"2026-07-07\"",
            "            end: \"2028-07-06\"",
            "        - github: thschue",
            "          name: Thomas Schuetz",
            "          company: TSC Labs",
            "          term:",
            "            start: \"2026-07-07\"",
            "            end: \"2028-07-06\"",
            "      emeritus_leads:",
            "      slack_channel: tag-infrastructure");
    // the new tech leads stand together, where the page has them: after @aojea
    assertThat(after)
        .contains(
            "            end: \"2027-06-30\"\n"
                + "        - github: mesutoezdil\n"
                + "          name: Mesut Özdil\n"
                + "          term:\n"
                + "            start: \"2026-07-07\"\n"
                + "            end: \"2028-07-06\"\n"
                + "        - github: thschue\n"
                + "          name: Thomas Schuetz\n"
                + "          company: TSC Labs\n"
                + "          term:\n"
                + "            start: \"2026-07-07\"\n"
                + "            end: \"2028-07-06\"\n"
                + "        - github: hzxuzhonghu\n")
        .contains("      slack: C08KBH3RA1K\n      slack_channel: tag-infrastructure\n");
    Tag synced = TagRegistry.parse(after, "tags.yaml").tags().get(0);
    assertThat(synced.people(Role.TECH_LEAD))
        .extracting(p -> p.github().orElseThrow())
        .containsExactly("alexagriffith", "aojea", "mesutoezdil", "thschue", "hzxuzhonghu");
    assertThat(synced.people(Role.EMERITUS_LEAD))
        .extracting(p -> p.github().orElseThrow(), p -> p.email().isPresent())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bschaatsbergen", false),
            org.assertj.core.groups.Tuple.tuple("nicholasjackson", false));
    // the other TAGs are untouched
    TagRegistry original = TagRegistry.parse(before, "tags.yaml");
    assertThat(TagRegistry.parse(after, "tags.yaml").tags().subList(1, 3))
        .isEqualTo(original.tags().subList(1, 3));
  }

  @Test
  void aSecondSyncChangesNothing(@TempDir Path dir) throws Exception {
    Path tags = repository(dir);
    SiteSync sync = new SiteSync(dir.resolve("site"));
    sync.sync(tags).editor().write(tags);
    SiteSync.Result again = sync.sync(tags);
    assertThat(again.changes()).isEmpty();
    assertThat(again.undecided()).isEmpty();
    assertThat(again.editor().changed()).isFalse();
  }

  /**
   * After the sync, the page generated from the registry has every leadership row, liaison and link
   * of the hand-kept page, and generating it twice changes nothing.
   */
  @Test
  void thePageGeneratedFromTheSyncedRegistryHasEveryFactOfTheHandKeptOne(@TempDir Path dir)
      throws Exception {
    Path tags = repository(dir);
    new SiteSync(dir.resolve("site")).sync(tags).editor().write(tags);
    TagRegistry synced = TagRegistry.read(tags);
    PageGenerator generator =
        PageGenerator.builtIn().style(PageStyle.CONTRIBUTE_SITE).today(LocalDate.of(2026, 8, 1));
    String generated = page(generator.render(synced, "tags.yaml", dir));
    assertThat(page(generator.render(synced, "tags.yaml", dir))).isEqualTo(generated);
    SitePage real = SitePage.of(Files.readAllLines(SITE.resolve("infrastructure/index.md")));
    SitePage ours = SitePage.of(generated.lines().toList());
    for (String heading : List.of("chairs", "tech leads")) {
      assertThat(rows(ours, heading)).as(heading).isEqualTo(rows(real, heading));
    }
    assertThat(ours.liaisons())
        .extracting(SitePage.Liaison::name, SitePage.Liaison::handle)
        .containsExactlyElementsOf(
            real.liaisons().stream()
                .map(l -> org.assertj.core.groups.Tuple.tuple(l.name(), l.handle()))
                .toList());
    assertThat(links(generated)).containsAll(links(real.text()));
    // and the drift check finds nothing left between the two
    assertThat(
            io.github.tagkit.validator.TagValidator.builder()
                .today(LocalDate.of(2026, 8, 1))
                .baseDirectory(dir)
                .rule(new SitePageDrift(dir.resolve("site")))
                .build()
                .validate(tags)
                .findings())
        .noneMatch(f -> f.ruleId().equals("site-page-drift"));
  }

  @Test
  void whoIsNewerByDatesDecidesWhatTermsCannotAndWithoutDatesNothingIsGuessed(@TempDir Path dir)
      throws Exception {
    Path tags = repository(dir);
    Path page = dir.resolve("site/infrastructure/index.md");
    // the page gives a chair an organization of another name, and drops a TOC liaison
    Files.writeString(
        tags, Files.readString(tags).replaceFirst("(name: Dylan Page\n {10}company:)", "$1 Acme"));
    Files.writeString(
        page,
        Files.readString(page)
            .replace(
                "| Dylan Page | [@GenPage](https://github.com/GenPage) | - |",
                "| Dylan Page | [@GenPage](https://github.com/GenPage) | Acme Labs |")
            .replace("- Faseela K ([@kfaseela](https://github.com/kfaseela))\n", ""));
    SiteSync sync = new SiteSync(dir.resolve("site"));

    // the page changed later: its facts win
    Files.setLastModifiedTime(tags, FileTime.from(Instant.parse("2026-06-20T10:00:00Z")));
    Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2026-08-12T10:00:00Z")));
    SiteSync.Result pageNewer = sync.sync(tags);
    assertThat(pageNewer.changes())
        .contains(
            "TAG Infrastructure: chair @GenPage's organization is now 'Acme Labs', was 'Acme',"
                + " from the website (the page changed 2026-08-12 (the file's own time) after"
                + " tags.yaml did, 2026-06-20 (the file's own time))",
            "TAG Infrastructure: TOC liaison @kfaseela removed, no longer on the website's page"
                + " (the page changed 2026-08-12 (the file's own time) after tags.yaml did,"
                + " 2026-06-20 (the file's own time))");
    Tag tag = TagRegistry.parse(pageNewer.editor().text(), "tags.yaml").tags().get(0);
    assertThat(tag.people(Role.CHAIR).get(0).company()).contains("Acme Labs");
    assertThat(tag.contact().tocLiaisons())
        .extracting(Person::github)
        .extracting(h -> h.orElseThrow())
        .containsExactly("brandtkeller", "chira001");

    // the registry changed later: its facts stay
    Files.setLastModifiedTime(tags, FileTime.from(Instant.parse("2026-09-01T10:00:00Z")));
    SiteSync.Result registryNewer = sync.sync(tags);
    assertThat(registryNewer.changes())
        .noneMatch(c -> c.contains("Acme Labs"))
        .noneMatch(c -> c.contains("kfaseela"));

    // the same time: said, not decided
    Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2026-09-01T10:00:00Z")));
    SiteSync.Result undecided = sync.sync(tags);
    assertThat(undecided.undecided())
        .containsExactly(
            "TAG Infrastructure: infrastructure/index.md:22 gives chair @GenPage's organization as"
                + " 'Acme Labs', the metadata 'Acme'; the page and tags.yaml changed at the same"
                + " time",
            "TAG Infrastructure: infrastructure/index.md lists the TOC liaisons [brandtkeller,"
                + " chira001], the metadata [brandtkeller, chira001, kfaseela]; the page and"
                + " tags.yaml changed at the same time");
    // the tech leads are decided by their terms whatever the dates
    assertThat(undecided.changes()).anyMatch(c -> c.contains("added tech lead @mesutoezdil"));
    assertThat(TagRegistry.parse(undecided.editor().text(), "tags.yaml").tags().get(0))
        .satisfies(t -> assertThat(t.people(Role.CHAIR).get(0).company()).contains("Acme"));
  }

  @Test
  void aPageWithoutTablesOrOneTagkitGeneratedChangesNothing(@TempDir Path dir) throws Exception {
    Path tags = repository(dir);
    Path page = dir.resolve("site/infrastructure/index.md");
    Files.writeString(page, "---\ntitle: TAG Infrastructure\n---\n\n# TAG Infrastructure\n");
    assertThat(new SiteSync(dir.resolve("site")).sync(tags).editor().changed()).isFalse();
    Files.writeString(
        page, PageFiles.BANNER + "\n" + Files.readString(SITE.resolve("infrastructure/index.md")));
    assertThat(new SiteSync(dir.resolve("site")).sync(tags).editor().changed()).isFalse();
  }

  private static String page(List<GeneratedPage> pages) {
    return pages.stream()
        .filter(p -> p.path().equals("infrastructure/index.md"))
        .findFirst()
        .orElseThrow()
        .content();
  }

  private static Set<List<String>> rows(SitePage page, String heading) {
    Set<List<String>> rows = new HashSet<>();
    for (SitePage.Row row : page.rows(heading)) {
      rows.add(List.of(row.name(), row.handle(), row.organization(), row.term()));
    }
    return rows;
  }

  private static Set<String> links(String text) {
    Set<String> links = new HashSet<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }
}
