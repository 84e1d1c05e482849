package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CNCF website's hand-kept TAG Infrastructure page against the registry it copies. */
class SitePageDriftTest {
  private static final Path SITE = GoldenPagesTest.RESOURCES.resolve("contribute-site");
  private static final String OF = "the website's page of TAG Infrastructure ";

  /** The rule's findings on the excerpt. */
  private static List<Finding> findings(Path site) {
    Path tags = ProjectFiles.excerpt();
    return TagValidator.builder()
        .today(LocalDate.of(2026, 7, 1))
        .baseDirectory(tags.getParent())
        .rule(new SitePageDrift(site))
        .build()
        .validate(tags)
        .findings()
        .stream()
        .filter(f -> f.ruleId().equals("site-page-drift"))
        .toList();
  }

  /** The rule's findings on the excerpt, as "line message". */
  private static List<String> drift(Path site) {
    return findings(site).stream()
        .filter(f -> !f.location().file().endsWith("contribute-site/index.md"))
        .peek(f -> assertThat(f.location().file()).endsWith("infrastructure/index.md"))
        .map(f -> f.location().line() + " " + f.message().replace(OF, ""))
        .toList();
  }

  /**
   * The site's real TAGs index against the excerpt (three of its five TAGs, from before the
   * election that gave TAG Operational Resilience two more tech leads): the count of TAGs and that
   * TAG's leadership count differ; every liaison and link of the three entries is the registry's.
   */
  @Test
  void theRealIndexIsComparedEntryByEntry() {
    assertThat(findings(SITE))
        .filteredOn(f -> f.location().file().endsWith("contribute-site/index.md"))
        .extracting(f -> f.location().line() + " " + f.message())
        .containsExactly(
            "33 the website's TAGs index says the CNCF has five TAGs, the metadata three",
            "75 the website's TAGs index entry of TAG Operational Resilience counts '3 Chairs, 5"
                + " Tech Leads', the metadata '3 Chairs, 3 Tech Leads'");
  }

  @Test
  void aTagTheIndexLacksAndALiaisonOrLinkItLacksAreReported(@TempDir Path site) throws Exception {
    Files.createDirectories(site.resolve("infrastructure"));
    Files.copy(SITE.resolve("infrastructure/index.md"), site.resolve("infrastructure/index.md"));
    Files.writeString(
        site.resolve("index.md"),
        Files.readString(SITE.resolve("index.md"))
            .replace("### TAG Workloads Foundation", "### TAG Workloads")
            .replace(", Faseela K ([@kfaseela](https://github.com/kfaseela)), Alex", ", Alex")
            .replace("- [YouTube Channel](https://www.youtube.com/@CNCFTAGInfrastructure)\n", ""));
    assertThat(findings(site))
        .filteredOn(f -> f.location().file().endsWith("index.md"))
        .filteredOn(f -> !f.location().file().contains("infrastructure"))
        .extracting(f -> f.location().line() + " " + f.message())
        .contains(
            "1 the website's TAGs index has no entry for TAG Workloads Foundation",
            "52 the website's TAGs index entry of TAG Infrastructure names the TOC liaisons"
                + " [brandtkeller, chira001], the metadata [brandtkeller, chira001, kfaseela]",
            "52 the website's TAGs index entry of TAG Infrastructure has no link to"
                + " https://www.youtube.com/@CNCFTAGInfrastructure");
  }

  @Test
  void theLeadersTheRealPageAndTheRegistryDisagreeOnAreReportedAtTheirLines() {
    assertThat(drift(SITE))
        .containsExactly(
            "26 lists no tech lead @bschaatsbergen (Bruno Schaatsbergen)",
            "26 lists no tech lead @nicholasjackson (Nicholas Jackson)",
            "32 lists @mesutoezdil (Mesut Özdil) as a tech lead, whom the metadata does not; if the"
                + " website is newer, 'mvn tag:sync -Dtag.site="
                + SITE
                + "' records it",
            "33 lists @thschue (Thomas Schuetz) as a tech lead, whom the metadata does not; if the"
                + " website is newer, 'mvn tag:sync -Dtag.site="
                + SITE
                + "' records it");
  }

  /**
   * Which side of a differing term is newer: the one that starts later, an election recorded in one
   * place only. The page's path is the one its own repository shows.
   */
  @Test
  void aTermThatStartsLaterOnTheSiteIsTheNewerOne(@TempDir Path checkout) throws Exception {
    Files.createDirectories(checkout.resolve(".git"));
    Path site = checkout.resolve("docs/community/tags");
    Path page = site.resolve("infrastructure/index.md");
    Files.createDirectories(page.getParent());
    String real = Files.readString(SITE.resolve("infrastructure/index.md"));
    Files.writeString(
        page,
        real.replace(
            "| Dylan Page | [@GenPage](https://github.com/GenPage) | - | 2025-07-01 to 2027-06-30 |",
            "| Dylan Page | [@GenPage](https://github.com/GenPage) | - | 2027-07-07 to 2029-07-06 |"));
    List<Finding> findings =
        findings(site).stream().filter(f -> f.message().contains("@GenPage the term")).toList();
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .endsWith(
                      "; the website's is newer (it starts later): 'mvn tag:sync -Dtag.site="
                          + site
                          + "' records it");
              assertThat(f.location().file())
                  .isEqualTo("docs/community/tags/infrastructure/index.md");
            });
  }

  @Test
  void namesOrganizationsTermsLiaisonsAndLinksAreCompared(@TempDir Path site) throws Exception {
    Path page = site.resolve("infrastructure/index.md");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        Files.readString(SITE.resolve("infrastructure/index.md"))
            .replace(
                "| Dylan Page | [@GenPage](https://github.com/GenPage) | - | 2025-07-01 to 2027-06-30 |",
                "| Dylan P. | [@GenPage](https://github.com/GenPage) | Acme | 2025-07-01 to 2026-06-30 |")
            .replace("- Faseela K ([@kfaseela](https://github.com/kfaseela))\n", "")
            .replace(
                "- Alex Chircop",
                "- Someone Else ([@someone](https://github.com/someone))\n- Alex Chircop")
            .replace(
                "(https://www.youtube.com/@CNCFTAGInfrastructure)",
                "(https://www.youtube.com/@elsewhere)"));
    assertThat(drift(site))
        .contains(
            "22 names chair @GenPage 'Dylan P.', the metadata 'Dylan Page'",
            "22 gives chair @GenPage the organization 'Acme', the metadata '-'",
            "22 gives chair @GenPage the term '2025-07-01 to 2026-06-30', the metadata 2025-07-01"
                + " to 2027-06-30; both start the same day: one end is wrong",
            "36 lists no TOC liaison @kfaseela (Faseela K)",
            "39 lists @someone as a TOC liaison, whom the metadata does not",
            "42 has no link to https://www.youtube.com/@CNCFTAGInfrastructure, a meeting link of the metadata");
  }

  @Test
  void aPageTagkitGeneratedIsComparedWithWhatTheMetadataRendersToNow(@TempDir Path site)
      throws Exception {
    Path tags = ProjectFiles.excerpt();
    PageFiles.write(
        site,
        PageGenerator.builtIn()
            .style(PageStyle.CONTRIBUTE_SITE)
            .today(LocalDate.of(2026, 7, 1))
            .render(io.github.tagkit.model.TagRegistry.read(tags), "tags.yaml", tags.getParent()));
    assertThat(drift(site)).isEmpty();

    Path page = site.resolve("infrastructure/index.md");
    String generated = Files.readString(page);
    Files.writeString(page, generated.replace("| Dylan Page  |", "| Dylan P.    |"));
    List<String> found = drift(site);
    int line =
        generated
                .lines()
                .toList()
                .indexOf(
                    generated
                        .lines()
                        .filter(l -> l.startsWith("| Dylan Page  |"))
                        .findFirst()
                        .get())
            + 1;
    assertThat(found).hasSize(1);
    assertThat(found.get(0))
        .startsWith(
            line
                + " infrastructure/index.md on the site is out of date with tags.yaml; run 'mvn"
                + " tag:generate -Dtag.style=contribute-site -Dtag.outputDirectory="
                + site
                + "' to regenerate it")
        .contains("\n-| Dylan P.    |", "\n+| Dylan Page  |");
  }
}
