package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exceptions granted with a reason; one without a reason, or one that matches nothing, is reported.
 */
class ExemptionsTest {
  private static final String REGISTRY =
      """
      tags:
        - dir: tag-x
          name: TAG X
          charter_link: https://github.com/cncf/toc/blob/main/tags/tag-x/charter.md
          leadership:
            chairs:
              - github: a
                name: A
                term: {start: 2025-07-01, end: 2027-06-30}
          meetings:
            - recordings_url: https://www.youtube.com/@x
      toc_subprojects:
        - dir: mentoring-subproject
          name: Mentoring SubProject
          charter_link: https://github.com/cncf/toc/blob/main/toc_subprojects/mentoring/charter.md
          mission_statement: TBD
      """;

  @TempDir Path repo;

  private String run(String exemptions) throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.writeString(tags, REGISTRY);
    Path file = repo.resolve(".tagkit.yaml");
    Files.writeString(file, exemptions);
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 7, 1))
            .baseDirectory(repo)
            .exemptions(file)
            .build()
            .validate(tags);
    sarif = ReportFormat.SARIF.render(report);
    return ReportFormat.TEXT.render(report);
  }

  /** The SARIF report of the last {@link #run}. */
  private String sarif;

  @Test
  void withoutExemptionsEveryFindingIsReported() throws Exception {
    assertThat(run("exemptions: []\n"))
        .isEqualTo(
            """
            tags.yaml:2:5: error [require-toc-liaison] TAG X lists no TOC liaison; add contact.toc_liaison
            tags.yaml:13:5: error [require-toc-liaison] Mentoring SubProject lists no TOC liaison; add contact.toc_liaison
            tags.yaml:16:5: error [placeholder-text] 'mission_statement' holds placeholder text ('TBD'); write the real value or remove the key
            1 file checked: 3 errors, 0 warnings, 0 infos
            """);
  }

  @Test
  void exemptionsByGroupAndByPointerLeaveTheirFindingsOut() throws Exception {
    assertThat(
            run(
                """
                exemptions:
                  - rule: require-toc-liaison
                    group: mentoring-subproject
                    reason: Run by CNCF staff, who report to the TOC directly.
                  - rule: placeholder-text
                    pointer: /toc_subprojects/0/mission_statement
                    file: tags.yaml
                    reason: The mission is being written (cncf/toc#1234).
                """))
        .isEqualTo(
            """
            tags.yaml:2:5: error [require-toc-liaison] TAG X lists no TOC liaison; add contact.toc_liaison
            1 file checked: 1 error, 0 warnings, 0 infos, 2 exempted
            """);
    // SARIF keeps the exempted findings, marked suppressed with the exemption's reason.
    JsonNode results = JsonMapper.shared().readTree(sarif).path("runs").get(0).path("results");
    List<String> suppressed = new ArrayList<>();
    for (JsonNode result : results) {
      for (JsonNode suppression : result.path("suppressions")) {
        suppressed.add(
            result.path("ruleId").asString()
                + ": "
                + suppression.path("kind").asString()
                + ", "
                + suppression.path("justification").asString());
      }
    }
    assertThat(results.size()).isEqualTo(3);
    assertThat(suppressed)
        .containsExactly(
            "require-toc-liaison: external, Run by CNCF staff, who report to the TOC directly.",
            "placeholder-text: external, The mission is being written (cncf/toc#1234).");
  }

  @Test
  void anExemptionWithoutAReasonIsAnErrorAndExemptsNothing() throws Exception {
    assertThat(
            run(
                """
                exemptions:
                  - rule: require-toc-liaison
                    group: tag-x
                  - rule: require-toc-liason
                    group: tag-x
                    reason: typo in the rule
                  - rule: term-expired
                    group: tag-x
                    reason: nothing expires here
                """))
        .isEqualTo(
            """
            .tagkit.yaml:2:5: error [exemption-reason] exemption from require-toc-liaison gives no reason; add 'reason:' saying why it is granted
            .tagkit.yaml:4:5: error [invalid-exemption] exemption names unknown rule 'require-toc-liason'; did you mean 'require-toc-liaison'?
            .tagkit.yaml:7:5: warning [unused-exemption] exemption from term-expired matches no finding; remove it
            tags.yaml:2:5: error [require-toc-liaison] TAG X lists no TOC liaison; add contact.toc_liaison
            tags.yaml:13:5: error [require-toc-liaison] Mentoring SubProject lists no TOC liaison; add contact.toc_liaison
            tags.yaml:16:5: error [placeholder-text] 'mission_statement' holds placeholder text ('TBD'); write the real value or remove the key
            1 file checked: 5 errors, 1 warning, 0 infos
            """);
  }

  @Test
  void theFileSetsRuleLevels() throws Exception {
    assertThat(
            run(
                """
                rules:
                  require-toc-liaison: warning
                  placeholder-text: off
                """))
        .isEqualTo(
            """
            tags.yaml:2:5: warning [require-toc-liaison] TAG X lists no TOC liaison; add contact.toc_liaison
            tags.yaml:13:5: warning [require-toc-liaison] Mentoring SubProject lists no TOC liaison; add contact.toc_liaison
            1 file checked: 0 errors, 2 warnings, 0 infos
            """);
  }

  @Test
  void theBuildsLevelsComeBeforeTheFiles() throws Exception {
    Files.writeString(repo.resolve("tags.yaml"), REGISTRY);
    Files.writeString(repo.resolve(".tagkit.yaml"), "rules:\n  require-toc-liaison: off\n");
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 7, 1))
            .baseDirectory(repo)
            .exemptionsIn(repo)
            .level("require-toc-liaison", "INFO")
            .build()
            .validate(repo.resolve("tags.yaml"));
    assertThat(ReportFormat.TEXT.render(report))
        .contains("tags.yaml:2:5: info [require-toc-liaison] TAG X lists no TOC liaison")
        .endsWith("1 file checked: 1 error, 0 warnings, 2 infos\n");
  }

  @Test
  void anUnknownRuleOrLevelIsReportedWhereItIsWritten() throws Exception {
    assertThat(
            run(
                """
                rules:
                  require-toc-liason: off
                  placeholder-text: silent
                  term-expired: [off]
                exemptons: []
                """))
        .isEqualTo(
            """
            .tagkit.yaml:2:3: error [invalid-rule-level] unknown rule 'require-toc-liason'; did you mean 'require-toc-liaison'?
            .tagkit.yaml:3:3: error [invalid-rule-level] rule placeholder-text: unknown level 'silent'; expected off, info, warning, error
            .tagkit.yaml:4:3: error [invalid-rule-level] rule term-expired: unknown level '["off"]'; expected off, info, warning, error
            .tagkit.yaml:5:1: error [unknown-key] unknown key 'exemptons' at the top; did you mean 'exemptions'?
            tags.yaml:2:5: error [require-toc-liaison] TAG X lists no TOC liaison; add contact.toc_liaison
            tags.yaml:13:5: error [require-toc-liaison] Mentoring SubProject lists no TOC liaison; add contact.toc_liaison
            tags.yaml:16:5: error [placeholder-text] 'mission_statement' holds placeholder text ('TBD'); write the real value or remove the key
            1 file checked: 7 errors, 0 warnings, 0 infos
            """);
  }
}
