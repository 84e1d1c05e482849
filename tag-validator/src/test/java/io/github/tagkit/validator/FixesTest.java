package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.spi.Fix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A finding with exactly one fix carries it, exact to the character in its file, and SARIF carries
 * it as a replacement; one with two possible fixes, or none, carries none.
 */
class FixesTest {
  private static final String EXCERPT = ProjectFiles.text("examples/cncf-toc/tags.yaml");

  private static Report validate(Path dir, String text) throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.writeString(file, text);
    return TagValidator.builder()
        .today(LocalDate.of(2026, 7, 1))
        .baseDirectory(dir)
        .build()
        .validate(file);
  }

  private static List<Finding> of(Report report, String rule) {
    return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  @Test
  void aKeyWithOneCloseMatchIsRenamed(@TempDir Path dir) throws Exception {
    String planted = EXCERPT.replaceFirst("          lfx_id:\n", "          lfxid:\n");
    Finding unknown = of(validate(dir, planted), "unknown-key").get(0);
    Fix fix = unknown.fix().orElseThrow();
    assertThat(fix.kind()).isEqualTo(Fix.Kind.RENAME_KEY);
    assertThat(fix.pointer()).isEqualTo("/tags/0/leadership/chairs/0/lfxid");
    assertThat(fix.value()).isEqualTo("lfx_id");
    int line = unknown.location().line();
    assertThat(planted.lines().toList().get(line - 1)).isEqualTo("          lfxid:");
    // The smallest replacement that turns the planted file back into the real one.
    assertThat(fix.replacement()).contains(new Fix.Replacement(line, 14, line, 14, "_"));
  }

  @Test
  void aKeyNearTwoKnownKeysAndAnUnknownZoneGetNoFix(@TempDir Path dir) throws Exception {
    String planted =
        withZone(
            EXCERPT.replaceFirst("          lfx_id:\n", "          zzzzzz:\n"), "Mars/Olympus");
    Report report = validate(dir, planted);
    assertThat(of(report, "unknown-key")).allSatisfy(f -> assertThat(f.fix()).isEmpty());
    assertThat(of(report, "time-zone-id"))
        .singleElement()
        .satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void aTimeZoneAbbreviationWithOneIanaIdIsSetAndSarifCarriesTheFix(@TempDir Path dir)
      throws Exception {
    String planted = withZone(EXCERPT, "PST");
    Report report = validate(dir, planted);
    Finding zone = of(report, "time-zone-id").get(0);
    Fix fix = zone.fix().orElseThrow();
    assertThat(fix.value()).isEqualTo("America/Los_Angeles");
    Fix.Replacement replacement = fix.replacement().orElseThrow();
    String line = planted.lines().toList().get(replacement.startLine() - 1);
    assertThat(
            line.substring(0, replacement.startColumn() - 1)
                + replacement.insertedText()
                + line.substring(replacement.endColumn() - 1))
        .isEqualTo("          time_zone: America/Los_Angeles");

    String sarif = ReportFormat.SARIF.render(report);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(
                Files.readString(Path.of(getClass().getResource("/sarif-2.1.0.json").toURI())),
                InputFormat.JSON);
    assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
    JsonNode result = null;
    for (JsonNode each : JsonMapper.shared().readTree(sarif).path("runs").get(0).path("results")) {
      if (each.path("ruleId").asString().equals("time-zone-id")) {
        result = each;
      }
    }
    JsonNode change = result.path("fixes").get(0).path("artifactChanges").get(0);
    assertThat(change.path("artifactLocation").path("uri").asString()).isEqualTo("tags.yaml");
    JsonNode region = change.path("replacements").get(0).path("deletedRegion");
    assertThat(region.path("startLine").asInt()).isEqualTo(replacement.startLine());
    assertThat(region.path("startColumn").asInt()).isEqualTo(22);
    assertThat(region.path("endColumn").asInt()).isEqualTo(25);
    assertThat(change.path("replacements").get(0).path("insertedContent").path("text").asString())
        .isEqualTo("America/Los_Angeles");
  }

  @Test
  void aDateWithSpacesInItsQuotesAndASlackPageForItsChannelIdAreSet(@TempDir Path dir)
      throws Exception {
    String planted =
        EXCERPT
            .replaceFirst("start: \"2025-07-01\"", "start: \" 2025-07-01 \"")
            .replaceFirst(
                "slack: C08KBH3RA1K", "slack: https://cloud-native.slack.com/archives/C08KBH3RA1K");
    Report report = validate(dir, planted);
    List<Fix> fixes =
        of(report, "invalid-format").stream().map(f -> f.fix().orElseThrow()).toList();
    assertThat(fixes)
        .extracting(Fix::pointer, Fix::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "/tags/0/leadership/chairs/0/term/start", "2025-07-01"),
            org.assertj.core.groups.Tuple.tuple("/tags/0/contact/slack", "C08KBH3RA1K"));
    // Made one after the other, they give back the real file.
    io.github.tagkit.model.TagFileEditor editor =
        io.github.tagkit.model.TagFileEditor.of(planted, "tags.yaml");
    for (Fix fix : fixes) {
      editor = editor.set(fix.pointer(), fix.value());
    }
    assertThat(editor.text()).isEqualTo(EXCERPT);
  }

  @Test
  void aValueThatIsWrongInsideGetsNoFix(@TempDir Path dir) throws Exception {
    String planted = EXCERPT.replaceFirst("start: \"2025-07-01\"", "start: \"2025-07-32\"");
    assertThat(of(validate(dir, planted), "invalid-format"))
        .singleElement()
        .satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void trailingSpacesAreTrimmedButNotInsideABlockScalar(@TempDir Path dir) throws Exception {
    String planted =
        EXCERPT.replaceFirst("    name: TAG Infrastructure\n", "    name: TAG Infrastructure  \n")
            + "# a comment with a trailing tab\t\n";
    List<Finding> found = of(validate(dir, planted), "trailing-whitespace");
    assertThat(found).hasSize(2);
    io.github.tagkit.model.TagFileEditor editor =
        io.github.tagkit.model.TagFileEditor.of(planted, "tags.yaml");
    for (Finding finding : found) {
      Fix fix = finding.fix().orElseThrow();
      assertThat(fix.kind()).isEqualTo(Fix.Kind.TRIM_TRAILING_WHITESPACE);
      assertThat(fix.replacement().orElseThrow().insertedText()).isEmpty();
      editor = editor.trimTrailingWhitespace(Integer.parseInt(fix.value()));
    }
    assertThat(editor.text()).isEqualTo(EXCERPT + "# a comment with a trailing tab\n");

    String literal = "dir: tag-x\nname: TAG X\nmission_statement: |\n  Two spaces at the end  \n";
    Finding inside = of(validate(dir, literal), "trailing-whitespace").get(0);
    assertThat(inside.location().line()).isEqualTo(4);
    // The fix is offered, but the editor will not make it: the spaces are text.
    assertThat(inside.fix().flatMap(Fix::replacement))
        .as("the spaces are text of the block scalar")
        .isEmpty();
    assertThat(ReportFormat.SARIF.render(validate(dir, literal))).doesNotContain("\"fixes\"");
  }

  @Test
  void theFixerMakesEveryFixAndWritesNothing(@TempDir Path dir) throws Exception {
    String planted =
        EXCERPT
            .replaceFirst("          lfx_id:\n", "          lfxid:\n")
            .replaceFirst("start: \"2025-07-01\"", "start: \" 2025-07-01\"")
            .replaceFirst("    name: TAG Infrastructure\n", "    name: TAG Infrastructure \n");
    Path file = dir.resolve("tags.yaml");
    Files.writeString(file, planted);
    TagValidator validator = TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build();
    Fixer.Result result = Fixer.fix(validator, file);
    assertThat(result.made())
        .extracting(Fix::kind)
        .containsExactly(
            Fix.Kind.TRIM_TRAILING_WHITESPACE, Fix.Kind.SET_VALUE, Fix.Kind.RENAME_KEY);
    assertThat(result.refused()).isEmpty();
    assertThat(result.after().text()).isEqualTo(EXCERPT);
    assertThat(Files.readString(file)).isEqualTo(planted);
    // what is left is what validating the fixed file finds, without validating it again
    result.after().write(file);
    assertThat(result.left().findings())
        .isNotEmpty()
        .isEqualTo(validator.validate(file).findings())
        .noneMatch(f -> f.fix().isPresent());
  }

  /** {@code registry} with a weekly recurrence at {@code zone} on TAG Infrastructure's meeting. */
  private static String withZone(String registry, String zone) {
    return registry.replace(
        "      - description: TAG Infrastructure Meetings\n",
        "      - description: TAG Infrastructure Meetings\n"
            + "        recurrence:\n"
            + "          frequency: weekly\n"
            + "          day: thursday\n"
            + "          time: \"16:00\"\n"
            + "          time_zone: "
            + zone
            + "\n");
  }
}
