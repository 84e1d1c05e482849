package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each limit of docs/limits.md is configurable, and a breach is a located finding. */
class LimitsTest {
  private static final String TAG = "dir: tag-x\nname: TAG X\n";

  private static List<String> findings(TagValidator validator, String content) {
    return validator.validate(content, "tags.yaml").findings().stream()
        .filter(f -> f.ruleId().equals("resource-limit"))
        .map(Finding::toString)
        .toList();
  }

  @Test
  void nestingDepthIsConfigurable() {
    String nested = TAG + "page:\n  summary: " + "[".repeat(8) + "]".repeat(8) + "\n";
    assertThat(findings(TagValidator.builder().build(), nested)).isEmpty();
    assertThat(findings(TagValidator.builder().maxNestingDepth(5).build(), nested))
        .containsExactly(
            "tags.yaml:4:16: error [resource-limit] the file goes beyond what metadata needs:"
                + " values nest more than 5 levels deep (maxNestingDepth)");
  }

  @Test
  void valueLengthIsConfigurable() {
    String long_ = TAG + "mission_statement: " + "x".repeat(2_000) + "\n";
    assertThat(findings(TagValidator.builder().build(), long_)).isEmpty();
    assertThat(findings(TagValidator.builder().maxStringLength(1_000).build(), long_))
        .singleElement()
        .asString()
        .startsWith("tags.yaml:3:")
        .endsWith(
            "error [resource-limit] the file goes beyond what metadata needs: a value is longer"
                + " than 1000 characters (maxStringLength)");
  }

  @Test
  void findingsPerFileAreCappedWithACountOfTheRest() {
    StringBuilder yaml = new StringBuilder(TAG + "leadership:\n  chairs:\n");
    for (int i = 0; i < 30; i++) {
      yaml.append("    - github: -bad-").append(i).append("-\n      name: TODO\n");
    }
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 7, 1))
            .maxFindingsPerFile(10)
            .build()
            .validate(yaml.toString(), "tags.yaml");
    assertThat(report.findings()).hasSize(11);
    Finding last = report.findings().get(10);
    assertThat(last.ruleId()).isEqualTo("resource-limit");
    assertThat(last.message())
        .matches(
            "\\d+ more findings from here on are not listed \\(maxFindingsPerFile=10\\); fix the"
                + " ones above first");
    assertThat(last.location().line())
        .isGreaterThanOrEqualTo(report.findings().get(9).location().line());
  }

  @Test
  void timePerFileStopsTheRemainingRules() {
    Report report =
        TagValidator.builder()
            .maxTimePerFile(Duration.ofNanos(1))
            .build()
            .validate(TAG, "tags.yaml");
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "tags.yaml: error [resource-limit] checking the file took longer than 0 ms"
                + " (maxTimePerFile); rules from require-chairs on were not run");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> TagValidator.builder().maxNestingDepth(0))
        .hasMessage("maxNestingDepth must be positive, not 0");
    assertThatThrownBy(() -> TagValidator.builder().maxTimePerFile(Duration.ZERO))
        .hasMessage("maxTimePerFile must be positive, not PT0S");
  }
}
