package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The terms report of the real excerpt the day after its tech leads' terms ended. */
class TermsReportTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
  private final TagRegistry excerpt = read();

  private static TagRegistry read() {
    try {
      return TagRegistry.read(ProjectFiles.excerpt());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void listsEveryTermThatEndedOrEndsWithinTheDays() {
    TermsReport report = TermsReport.of(List.of(excerpt), DAY, 30);
    long expected =
        excerpt.groups().stream()
            .flatMap(
                g ->
                    List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD).stream()
                        .flatMap(r -> g.people(r).stream()))
            .filter(p -> p.term().map(t -> !t.end().isAfter(DAY.plusDays(30))).orElse(false))
            .count();
    assertThat(report.endings()).hasSize((int) expected).hasSizeGreaterThanOrEqualTo(5);
    assertThat(report.markdown())
        .startsWith("## Leadership terms as of 2026-07-01\n\n")
        .contains(
            "\n### TAG Infrastructure\n\n| Leader | Role | Term | Ends |\n|---|---|---|---|\n"
                + "| Bruno Schaatsbergen ([@bschaatsbergen](https://github.com/bschaatsbergen)) |"
                + " Tech Lead | 2025-07-02 to 2026-06-30 | ended 1 day ago |\n");
  }

  @Test
  void theJsonHoldsEachTermForAWorkflow() throws Exception {
    TermsReport report = TermsReport.of(List.of(excerpt), DAY, 30);
    JsonNode json = JsonMapper.shared().readTree(report.json());
    assertThat(json.path("today").asString()).isEqualTo("2026-07-01");
    assertThat(json.path("days").asInt()).isEqualTo(30);
    assertThat(json.path("terms").size()).isEqualTo(report.endings().size());
    JsonNode first = json.path("terms").get(0);
    assertThat(first.path("group").asString()).isEqualTo("TAG Infrastructure");
    assertThat(first.path("dir").asString()).isEqualTo("tag-infrastructure");
    assertThat(first.path("role").asString()).isEqualTo("tech_leads");
    assertThat(first.path("github").asString()).isEqualTo("bschaatsbergen");
    assertThat(first.path("end").asString()).isEqualTo("2026-06-30");
    assertThat(first.path("daysLeft").asInt()).isEqualTo(-1);
  }

  @Test
  void aQuietMonthSaysSo() {
    TermsReport report = TermsReport.of(List.of(excerpt), LocalDate.of(2025, 8, 1), 30);
    assertThat(report.endings()).isEmpty();
    assertThat(report.markdown())
        .isEqualTo("## Leadership terms as of 2025-08-01\n\nNo term ends in the next 30 days.\n");
    assertThat(report.json()).contains("\"terms\" : [ ]");
  }
}
