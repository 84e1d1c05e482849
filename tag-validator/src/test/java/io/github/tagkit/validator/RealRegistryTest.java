package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The real cncf/toc excerpt gets only its real problems, at the right lines: the tech-lead terms
 * that ended, the subproject leads with no term, the meeting time given as "PDT/PST".
 */
class RealRegistryTest {

  private static String excerpt() throws Exception {
    return Files.readString(ProjectFiles.excerpt());
  }

  @Test
  void reportsTheTermsThatEndedAndTheFreeTextTimeZone() throws Exception {
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 11, 24))
            .build()
            .validate(excerpt(), "tags.yaml");

    assertThat(ReportFormat.TEXT.render(report))
        .isEqualTo(
            """
            tags.yaml:58:13: error [term-expired] tech lead term of Bruno Schaatsbergen (@bschaatsbergen) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:66:13: error [term-expired] tech lead term of Nicholas Jackson (@nicholasjackson) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:145:13: error [term-expired] tech lead term of Raffaele Spazzoli (@raffaelespazzoli) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:205:15: warning [term-missing] subproject lead Niki Manoledaki (@nikimanoledaki) has no term; add term: with the start and end of the mandate
            tags.yaml:210:15: warning [term-missing] subproject lead Antonio Di Turi (@AntonioDiTuri) has no term; add term: with the start and end of the mandate
            tags.yaml:256:13: error [term-expired] tech lead term of Alexander D. Kanevskiy (@kad) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:288:13: error [term-expired] tech lead term of Stephen Rust (@srust) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:313:15: warning [term-missing] subproject lead Alex Scammon (@stackedsax) has no term; add term: with the start and end of the mandate
            tags.yaml:318:15: warning [term-missing] subproject lead Marlow Warnicke (@catblade) has no term; add term: with the start and end of the mandate
            tags.yaml:323:15: warning [term-missing] subproject lead Abhishek Malvankar (@asm582) has no term; add term: with the start and end of the mandate
            tags.yaml:329:13: info [ambiguous-time-zone] schedule gives its time zone as PDT/PST; add a recurrence with time_zone: America/Los_Angeles so every reader sees the right local time
            1 file checked: 5 errors, 5 warnings, 1 info
            """);
  }

  @Test
  void onTheDayTheTermsWereCurrentOnlyTheHintsRemain() throws Exception {
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 5, 1))
            .build()
            .validate(excerpt(), "tags.yaml");
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsOnly("term-missing", "ambiguous-time-zone")
        .containsOnlyOnce("ambiguous-time-zone");
  }

  @Test
  void warnsAMonthAheadOfTheTermsEnding() throws Exception {
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 6, 10))
            .build()
            .validate(excerpt(), "tags.yaml");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("term-ending-soon"))
        .extracting(f -> f.location().line())
        .containsExactly(58, 66, 145, 256, 288);
    assertThat(report.warnings()).isEqualTo(10); // and the five subproject leads without a term
  }
}
