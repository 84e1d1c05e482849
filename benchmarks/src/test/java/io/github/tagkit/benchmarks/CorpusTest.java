package io.github.tagkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The harness works: the corpus is the size it says and seeds exactly the errors it says. */
class CorpusTest {
  private final TagValidator validator =
      TagValidator.builder().today(LocalDate.of(2026, 7, 1)).disable("require-charter").build();

  @Test
  void aCleanTagFileIsAboutNinetyLinesAndValid() {
    String tag = Corpus.tag(7, false, "");
    assertThat(tag.lines().count()).isBetween(85L, 95L);
    assertThat(validator.validate(tag, "tag.yaml").findings()).isEmpty();
  }

  @Test
  void aBrokenTagFileHasItsTwoSeededErrors() {
    Report report = validator.validate(Corpus.tag(7, true, ""), "tag.yaml");
    assertThat(report.findings())
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("term-expired", "unknown-key");
  }

  @Test
  void aRegistrySeedsErrorsAtTheChosenRate() {
    String registry = Corpus.registry(200, 0.25, 42);
    Report report = validator.validate(registry, "tags.yaml");
    long broken = report.findings().stream().filter(f -> f.ruleId().equals("unknown-key")).count();
    assertThat(broken).isBetween(30L, 70L);
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("term-expired"))
        .hasSize((int) broken);
    assertThat(registry).isEqualTo(Corpus.registry(200, 0.25, 42));
  }
}
