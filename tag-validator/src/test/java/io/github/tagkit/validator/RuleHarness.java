package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line per case for one check: the day, a YAML snippet, and the {@code line:col message} lines
 * the check must report for it, in file order; other checks' findings are not looked at. The
 * snippet is written as the {@code tag.yaml} of a repository of its own, with any other files the
 * case gives ({@link #withFile}), so rules that look beside the metadata run too.
 *
 * <pre>{@code
 * RuleHarness.forRule("term-expired").today("2026-07-01").test(yaml, "7:9 chair term of ...");
 * }</pre>
 */
final class RuleHarness {
  /** Where each case's repository is made, under the build directory. */
  private static final Path ROOT = Path.of("target", "rule-harness");

  private final String rule;
  private final LocalDate today;
  private final int warningDays;
  private final Map<String, String> files;

  private RuleHarness(String rule, LocalDate today, int warningDays, Map<String, String> files) {
    this.rule = rule;
    this.today = today;
    this.warningDays = warningDays;
    this.files = files;
  }

  /** The check {@code rule}, counting from 2026-07-01 and warning 30 days ahead. */
  static RuleHarness forRule(String rule) {
    return new RuleHarness(rule, LocalDate.of(2026, 7, 1), 30, Map.of());
  }

  RuleHarness today(String day) {
    return new RuleHarness(rule, LocalDate.parse(day), warningDays, files);
  }

  RuleHarness warningDays(int days) {
    return new RuleHarness(rule, today, days, files);
  }

  /** The cases after this one also have {@code path} in their repository, holding {@code text}. */
  RuleHarness withFile(String path, String text) {
    Map<String, String> more = new LinkedHashMap<>(files);
    more.put(path, text);
    return new RuleHarness(rule, today, warningDays, more);
  }

  /** Validates {@code yaml} as a {@code tag.yaml} and compares the rule's findings. */
  RuleHarness test(String yaml, String... expected) {
    Path repository = repository(yaml);
    TagValidator validator =
        TagValidator.builder()
            .today(today)
            .expiryWarningDays(warningDays)
            .baseDirectory(repository)
            .build();
    assertThat(validator.rules()).extracting(RuleInfo::id).as("known rules").contains(rule);
    List<String> actual =
        validator.validate(repository.resolve("tag.yaml")).findings().stream()
            .filter(finding -> finding.ruleId().equals(rule))
            .map(
                f ->
                    (f.location().file().equals("tag.yaml") ? "" : f.location().file() + ":")
                        + f.location().line()
                        + ":"
                        + f.location().column()
                        + " "
                        + f.message())
            .toList();
    assertThat(actual).as(rule + " on\n" + yaml).containsExactly(expected);
    return this;
  }

  private Path repository(String yaml) {
    try {
      Files.createDirectories(ROOT);
      Path repository = Files.createTempDirectory(ROOT, rule + "-");
      Files.writeString(repository.resolve("tag.yaml"), yaml);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = repository.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      return repository;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
