package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every mistake in one run: a tab in the indentation no longer hides the rest of the file, and an
 * entry with a value that cannot be read still gets every governance rule that does not need it,
 * with a word on what was read around.
 */
class OneRunTest {

  private static Report validate(String text) {
    return TagValidator.builder()
        .today(LocalDate.of(2026, 7, 1))
        .build()
        .validate(text, "tags.yaml");
  }

  private static List<String> problems(Report report) {
    return report.findings().stream()
        .filter(f -> f.severity() != Severity.INFO)
        .map(f -> f.ruleId() + " " + f.message())
        .toList();
  }

  @Test
  void fiveMistakesTheTabAmongThemAreFiveFindings() throws Exception {
    String excerpt = Files.readString(ProjectFiles.excerpt());
    // The excerpt's own findings, to tell the planted ones from them.
    List<String> before = problems(validate(excerpt));
    String planted =
        excerpt
            .replaceFirst("\n    name: TAG Infrastructure\n", "\n    name:\n")
            .replaceFirst("\n    label: tag-infrastructure\n", "\n\tlabel: tag-infrastructure\n")
            .replaceFirst(
                "\n      mailing_list: https://lists.cncf.io/g/cncf-tag-operational-resilience",
                "\n      mailing_lst: https://lists.cncf.io/g/cncf-tag-operational-resilience")
            .replaceFirst("(raffaelespazzoli[\\s\\S]*?start: )\"2025-07-02\"", "$1\"2025-07-32\"")
            .replaceFirst(
                "\n        name: Batch\n", "\n        name: Batch\n        lable: batch\n");

    Report report = validate(planted);

    List<String> found = problems(report);
    List<String> fresh = found.stream().filter(f -> !before.contains(f)).toList();
    assertThat(fresh)
        .as(ReportFormat.TEXT.render(report))
        .containsExactlyInAnyOrder(
            "wrong-type 'name' must be text, not empty",
            "yaml-syntax a tab in the indentation: YAML indents with spaces only; indent this line"
                + " with 4 spaces (the rest of the file is checked as if it were)",
            "unknown-key unknown key 'mailing_lst' in /tags/1/contact; did you mean 'mailing_list'?",
            "invalid-format 'start' is '2025-07-32', which is not a date (YYYY-MM-DD): July 2025 has"
                + " 31 days",
            "unknown-key unknown key 'lable' in /tags/2/tag_subprojects/0; did you mean 'label'?");
    // The entry with the empty name and the tab is still checked: its ended terms are found.
    assertThat(found)
        .anyMatch(f -> f.startsWith("term-expired tech lead term of Bruno Schaatsbergen"))
        .anyMatch(f -> f.startsWith("term-expired tech lead term of Nicholas Jackson"));
    // Raffaele's term cannot be read: no second finding says it is missing or expired.
    assertThat(report.findings())
        .noneMatch(f -> f.message().contains("Raffaele") && !f.ruleId().equals("invalid-format"));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("rules-skipped"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("with 'tag-infrastructure' for its missing name"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("without /tags/1/leadership/tech_leads/0/term, which cannot be read")
                    .contains("'2025-07-32', which is not a date")
                    .contains("none of them checked it"));
  }
}
