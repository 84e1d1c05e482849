package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each report format, as the tool reading it sees it. */
class ReportFormatTest {
  private static final Report REPORT =
      new Report(
          List.of(
              new Finding(
                  Severity.WARNING,
                  "term-ending-soon",
                  "chair term of Dylan Page (@GenPage) ends 2027-06-30, in 14 days; plan the election",
                  new Location("tags/tags.yaml", 14, 13, "/tags/0/leadership/chairs/0/term/end")),
              new Finding(
                  Severity.ERROR,
                  "unknown-key",
                  "unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?",
                  new Location("tags/tags.yaml", 9, 7, "/tags/0/contact/mailing_lst")),
              new Finding(
                  Severity.ERROR,
                  "unreadable-file",
                  "no such file",
                  Location.of("sub dir/tag.yaml")),
              new Finding(
                  Severity.INFO,
                  "ambiguous-time-zone",
                  "schedule gives its time zone as PDT, 100% ambiguous",
                  new Location("tags/tags.yaml", 20, 5, "/tags/0/meetings/0/schedule"))),
          2,
          TagValidator.builder().build().rules());

  @Test
  void textListsFindingsInFileAndLineOrderThenTheSummary() {
    assertThat(ReportFormat.TEXT.render(REPORT))
        .isEqualTo(
            """
            sub dir/tag.yaml: error [unreadable-file] no such file
            tags/tags.yaml:9:7: error [unknown-key] unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?
            tags/tags.yaml:14:13: warning [term-ending-soon] chair term of Dylan Page (@GenPage) ends 2027-06-30, in 14 days; plan the election
            tags/tags.yaml:20:5: info [ambiguous-time-zone] schedule gives its time zone as PDT, 100% ambiguous
            2 files checked: 2 errors, 1 warning, 1 info
            """);
  }

  @Test
  void githubAnnotationsEscapeWhatTheWorkflowCommandsReserve() {
    assertThat(ReportFormat.GITHUB.render(REPORT))
        .isEqualTo(
            """
            ::error file=sub dir/tag.yaml,title=unreadable-file::no such file
            ::error file=tags/tags.yaml,line=9,col=7,title=unknown-key::unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?
            ::warning file=tags/tags.yaml,line=14,col=13,title=term-ending-soon::chair term of Dylan Page (@GenPage) ends 2027-06-30, in 14 days; plan the election
            ::notice file=tags/tags.yaml,line=20,col=5,title=ambiguous-time-zone::schedule gives its time zone as PDT, 100%25 ambiguous
            """);
  }

  @Test
  void jsonHoldsCountsAndEveryFieldOfEachFinding() {
    JsonNode json = JsonMapper.shared().readTree(ReportFormat.JSON.render(REPORT));
    assertThat(json.path("files").asInt()).isEqualTo(2);
    assertThat(json.path("errors").asInt()).isEqualTo(2);
    assertThat(json.path("warnings").asInt()).isEqualTo(1);
    assertThat(json.path("infos").asInt()).isEqualTo(1);
    JsonNode second = json.path("findings").get(1);
    assertThat(second.path("file").asString()).isEqualTo("tags/tags.yaml");
    assertThat(second.path("line").asInt()).isEqualTo(9);
    assertThat(second.path("column").asInt()).isEqualTo(7);
    assertThat(second.path("pointer").asString()).isEqualTo("/tags/0/contact/mailing_lst");
    assertThat(second.path("severity").asString()).isEqualTo("error");
    assertThat(second.path("rule").asString()).isEqualTo("unknown-key");
  }

  private static RuleInfo findRule(String id) {
    return REPORT.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aFileOutsideTheRepositoryIsNamedByItsOwnUri() throws Exception {
    Path outside = Path.of("/srv/other/tags.yaml").toAbsolutePath();
    Finding finding =
        new Finding(
            Severity.ERROR, "unreadable-file", "no such file", Location.of(outside.toString()));
    String sarif = ReportFormat.SARIF.render(new Report(List.of(finding), 1));
    JsonNode location =
        JsonMapper.shared()
            .readTree(sarif)
            .path("runs")
            .get(0)
            .path("results")
            .get(0)
            .path("locations")
            .get(0)
            .path("physicalLocation")
            .path("artifactLocation");
    assertThat(location.path("uri").asString()).isEqualTo(outside.toUri().toString());
    assertThat(location.has("uriBaseId")).isFalse();
  }

  /** The same finding a day later, its message's count of days grown: the same fingerprint. */
  @Test
  void aFindingsFingerprintOutlivesItsLineAndItsNumbers() throws Exception {
    String end = "/tags/0/leadership/tech_leads/0/term/end";
    Finding today = expired("147 days before 2026-11-24", 58, end);
    Finding tomorrow = expired("148 days before 2026-11-25", 61, end);
    Finding elsewhere = expired("147 days before 2026-11-24", 58, end.replace("/0/", "/1/"));
    assertThat(fingerprints(today, tomorrow)).containsOnly(fingerprints(today).get(0));
    assertThat(fingerprints(today, elsewhere)).doesNotHaveDuplicates();
  }

  private static Finding expired(String since, int line, String pointer) {
    return new Finding(
        Severity.ERROR,
        "term-expired",
        "tech lead term of A (@a) ended 2026-06-30 (" + since + ")",
        new Location("tags.yaml", line, 13, pointer));
  }

  private static List<String> fingerprints(Finding... findings) throws Exception {
    String sarif = ReportFormat.SARIF.render(new Report(List.of(findings), 1));
    List<String> prints = new ArrayList<>();
    for (JsonNode result :
        JsonMapper.shared().readTree(sarif).path("runs").get(0).path("results")) {
      prints.add(result.path("partialFingerprints").path("tagkitFinding/v2").asString());
    }
    return prints;
  }

  @Test
  void sarifIsValidAgainstTheSarif210SchemaAndListsEveryRule() throws Exception {
    String sarif = ReportFormat.SARIF.render(REPORT);
    Path schemaFile = Path.of(getClass().getResource("/sarif-2.1.0.json").toURI());
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(Files.readString(schemaFile), InputFormat.JSON);
    List<Error> errors = schema.validate(sarif, InputFormat.JSON);
    assertThat(errors).isEmpty();

    JsonNode run = JsonMapper.shared().readTree(sarif).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    assertThat(rules.size()).isEqualTo(REPORT.rules().size()).isGreaterThan(30);
    JsonNode driver = run.path("tool").path("driver");
    assertThat(driver.path("version").asString()).isEqualTo(System.getProperty("tagkit.version"));
    assertThat(driver.path("semanticVersion").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
    JsonNode documented = rules.get(REPORT.rules().indexOf(findRule("term-expired")));
    assertThat(documented.path("help").path("markdown").asString())
        .startsWith("**Why:** ")
        .contains("\n\n**Fix:** ");
    assertThat(documented.path("help").path("text").asString()).startsWith("Why: ");
    assertThat(documented.path("helpUri").asString())
        .isEqualTo("https://github.com/tagkit/tagkit/blob/main/docs/rules.md#term-expired");
    for (JsonNode each : run.path("results")) {
      assertThat(each.path("partialFingerprints").path("tagkitFinding/v2").asString()).hasSize(32);
    }
    JsonNode result = run.path("results").get(1);
    assertThat(result.path("ruleId").asString()).isEqualTo("unknown-key");
    assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString())
        .isEqualTo("unknown-key");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asString())
        .isEqualTo("tags/tags.yaml");
    assertThat(location.path("region").path("startLine").asInt()).isEqualTo(9);
    assertThat(location.path("region").path("startColumn").asInt()).isEqualTo(7);
    JsonNode noLine = run.path("results").get(0).path("locations").get(0).path("physicalLocation");
    assertThat(noLine.path("artifactLocation").path("uri").asString())
        .isEqualTo("sub%20dir/tag.yaml");
    assertThat(noLine.has("region")).isFalse();
    assertThat(run.path("results").get(3).path("level").asString()).isEqualTo("note");
  }
}
