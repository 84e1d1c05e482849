package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The real cncf/toc excerpt gets only its real problems, at the right lines. */
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
            tags.yaml:256:13: error [term-expired] tech lead term of Alexander D. Kanevskiy (@kad) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:288:13: error [term-expired] tech lead term of Stephen Rust (@srust) ended 2026-06-30 (147 days before 2026-11-24); record the renewal with a new term, or move them to emeritus_leads
            tags.yaml:329:13: info [ambiguous-time-zone] schedule gives its time zone as PDT; add a recurrence with time_zone: America/Los_Angeles so every reader sees the right local time
            1 file checked: 5 errors, 0 warnings, 1 info
            """);
  }

  @Test
  void onTheDayTheTermsWereCurrentOnlyTheHintRemains() throws Exception {
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 5, 1))
            .build()
            .validate(excerpt(), "tags.yaml");
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactly("ambiguous-time-zone");
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
    assertThat(report.warnings()).isEqualTo(5);
  }
}
