package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A baseline made on the real excerpt on day one: the same findings later are known, whatever lines
 * move and however many days pass; a new mistake, or a changed value where a known one was, is new;
 * a fixed one is gone; and the reports say so.
 */
class BaselineTest {
  private static final LocalDate DAY_ONE = LocalDate.of(2026, 7, 1);

  private static final String NIKI = "email: niki.manoledaki@grafana.com\n";
  private static final String TERM =
      "              term:\n                start: \"2026-01-01\"\n"
          + "                end: \"2026-12-31\"\n";

  private static String excerpt() throws Exception {
    return Files.readString(ProjectFiles.excerpt());
  }

  private static Report validate(String text, LocalDate day) {
    return TagValidator.builder().today(day).build().validate(text, "tags.yaml");
  }

  private static Baseline dayOne() throws Exception {
    Baseline baseline = Baseline.of(validate(excerpt(), DAY_ONE));
    assertThat(baseline.entries()).hasSizeGreaterThan(5);
    return baseline;
  }

  @Test
  void theSameFindingsMonthsLaterAfterLinesMovedAreKnown() throws Exception {
    String moved =
        "# The registry of TAGs\n# with two lines added on top\n"
            + excerpt().replaceFirst("\ntags:\n", "\ntags:\n  # and one inside the list\n");
    Report later = dayOne().apply(validate(moved, LocalDate.of(2026, 11, 24)));

    assertThat(later.findings()).allMatch(f -> f.severity() == Severity.INFO);
    assertThat(later.known()).hasSize(dayOne().entries().size());
    assertThat(later.absent()).isEmpty();
    assertThat(later.errors()).isZero();
    assertThat(later.summary()).contains(", " + later.known().size() + " known");
  }

  @Test
  void aNewMistakeIsTheOneNewFinding() throws Exception {
    String planted = excerpt().replaceFirst("\n      mailing_list:", "\n      mailing_lst:");
    Report report = dayOne().apply(validate(planted, DAY_ONE));

    assertThat(report.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(Finding::ruleId)
        .containsExactly("unknown-key");
    assertThat(report.absent()).isEmpty();
  }

  @Test
  void aChangedValueWhereAKnownFindingWasIsNew() throws Exception {
    // Bruno's expired term, still expired but with another end: a different problem.
    String changed =
        excerpt().replaceFirst("(bschaatsbergen[\\s\\S]*?end: )\"?2026-06-30\"?", "$12026-05-31");
    Report report = dayOne().apply(validate(changed, DAY_ONE));

    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("term-expired"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("Bruno Schaatsbergen")
        .contains("2026-05-31");
    assertThat(report.absent())
        .singleElement()
        .satisfies(gone -> assertThat(gone.message()).contains("Bruno Schaatsbergen"));
  }

  @Test
  void aFixedFindingIsGone() throws Exception {
    String fixed = excerpt().replace(NIKI, NIKI + TERM);
    Baseline baseline = dayOne();
    Report report = baseline.apply(validate(fixed, DAY_ONE));

    assertThat(report.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).isEmpty();
    assertThat(baseline.entries())
        .filteredOn(e -> e.message().contains("Niki Manoledaki"))
        .isNotEmpty()
        .allMatch(e -> report.absent().contains(e));
  }

  @Test
  void eachEntryMatchesOneFinding() {
    Finding one =
        new Finding(
            Severity.ERROR, "some-rule", "the same words", new Location("tags.yaml", 3, 1, "/a"));
    Finding again =
        new Finding(
            Severity.ERROR, "some-rule", "the same words", new Location("tags.yaml", 9, 1, "/a"));
    Baseline baseline = Baseline.of(new Report(List.of(one), 1));

    Report report = baseline.apply(new Report(List.of(one, again), 1));

    assertThat(report.known()).hasSize(1);
    assertThat(report.findings()).hasSize(1);
  }

  @Test
  void theFileReadsBackAsWrittenAndIsOrderedByFileAndLine(@TempDir Path dir) throws Exception {
    Baseline baseline = dayOne();
    Path file = dir.resolve(Baseline.FILE_NAME);
    baseline.write(file);

    Baseline read = Baseline.read(file, Baseline.FILE_NAME);

    assertThat(read.entries()).isEqualTo(baseline.entries());
    assertThat(read.json()).isEqualTo(Files.readString(file));
    assertThat(read.entries()).extracting(Baseline.Entry::line).isSorted();
    JsonNode json = JsonMapper.shared().readTree(Files.readString(file));
    assertThat(json.path("tagkitBaseline").asInt()).isEqualTo(1);
    assertThat(json.path("findings").get(0).path("rule").asString()).isEqualTo("term-expired");
  }

  @Test
  void aFileThatIsNotABaselineIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"tagkitBaseline\": 1,\n  \"findings\": [\n    {\"rule\": }\n");
    assertThatThrownBy(() -> Baseline.read(broken, "broken.json"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageStartingWith("broken.json:4:14: is not JSON");

    Path other = dir.resolve("package.json");
    Files.writeString(other, "{\"name\": \"site\"}\n");
    assertThatThrownBy(() -> Baseline.read(other, "package.json"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage(
            "package.json: is not a tagkit baseline (no \"tagkitBaseline\": 1); write it with"
                + " 'mvn tag:baseline'");

    Path entry = dir.resolve("entry.json");
    Files.writeString(entry, "{\"tagkitBaseline\": 1, \"findings\": [\n  {\"rule\": \"x\"}]}\n");
    assertThatThrownBy(() -> Baseline.read(entry, "entry.json"))
        .hasMessage("entry.json:2:3: a finding has no \"fingerprint\"");
  }

  @Test
  void sarifGivesEachResultItsBaselineStateAndStaysValid() throws Exception {
    String planted =
        excerpt()
            .replaceFirst("\n      mailing_list:", "\n      mailing_lst:")
            .replace(NIKI, NIKI + TERM);
    Report report = dayOne().apply(validate(planted, DAY_ONE));

    String sarif = ReportFormat.SARIF.render(report);

    JsonNode results = JsonMapper.shared().readTree(sarif).path("runs").get(0).path("results");
    List<String> states =
        results.valueStream().map(r -> r.path("baselineState").asString()).distinct().toList();
    assertThat(states).containsExactlyInAnyOrder("new", "unchanged", "absent");
    results
        .valueStream()
        .filter(r -> r.path("baselineState").asString().equals("absent"))
        .forEach(
            r -> {
              assertThat(r.path("kind").asString()).isEqualTo("pass");
              assertThat(r.path("level").asString()).isEqualTo("none");
            });
    results
        .valueStream()
        .filter(r -> r.path("baselineState").asString().equals("unchanged"))
        .forEach(r -> assertThat(r.path("level").asString()).isEqualTo("note"));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(
                Files.readString(Path.of("src/test/resources/sarif-2.1.0.json")), InputFormat.JSON);
    assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
  }
}
