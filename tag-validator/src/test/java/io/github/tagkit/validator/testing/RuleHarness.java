package io.github.tagkit.validator.testing;

import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line per case for one rule: the day, a YAML snippet, and the {@code line:col message} lines
 * the rule must report for it, in file order; other rules' findings are not looked at. The snippet
 * is written as the {@code tag.yaml} of a repository of its own, with any other files the case
 * gives ({@link #withFile}), so rules that look beside the metadata run too. tagkit's own rules are
 * tested with it, and it ships in tag-validator's test jar for the authors of rules of their own:
 *
 * <pre>{@code
 * RuleHarness.forRule("term-expired").today("2026-07-01").test(yaml, "7:9 chair term of ...");
 * RuleHarness.forRule(new RequireMeetingNotes()).test(yaml, "4:5 TAG X's meeting ...");
 * }</pre>
 *
 * A case that does not report exactly the lines given fails with an {@link AssertionError} that
 * shows the snippet, what was expected and what was reported; it needs no assertion library.
 */
public final class RuleHarness {
  /** Where each case's repository is made, under the build directory. */
  private static final Path ROOT = Path.of("target", "rule-harness");

  private final String rule;
  private final Optional<Rule> added;
  private final LocalDate today;
  private final int warningDays;
  private final Map<String, String> files;

  private RuleHarness(
      String rule,
      Optional<Rule> added,
      LocalDate today,
      int warningDays,
      Map<String, String> files) {
    this.rule = rule;
    this.added = added;
    this.today = today;
    this.warningDays = warningDays;
    this.files = files;
  }

  /**
   * {@return a harness for the built-in rule {@code rule}, counting from 2026-07-01 and warning 30
   * days ahead}
   *
   * @param rule the rule's id
   */
  public static RuleHarness forRule(String rule) {
    return new RuleHarness(rule, Optional.empty(), LocalDate.of(2026, 7, 1), 30, Map.of());
  }

  /**
   * {@return a harness for a rule of your own, run with the built-in ones as the validator runs it,
   * counting from 2026-07-01 and warning 30 days ahead}
   *
   * @param rule the rule
   */
  public static RuleHarness forRule(Rule rule) {
    return new RuleHarness(rule.id(), Optional.of(rule), LocalDate.of(2026, 7, 1), 30, Map.of());
  }

  /**
   * {@return this harness counting from {@code day}}
   *
   * @param day the date, YYYY-MM-DD
   */
  public RuleHarness today(String day) {
    return new RuleHarness(rule, added, LocalDate.parse(day), warningDays, files);
  }

  /**
   * {@return this harness warning {@code days} days before a term ends}
   *
   * @param days the days
   */
  public RuleHarness warningDays(int days) {
    return new RuleHarness(rule, added, today, days, files);
  }

  /**
   * {@return this harness, whose cases after this one also have {@code path} in their repository}
   *
   * @param path the file's path in the repository
   * @param text what the file holds
   */
  public RuleHarness withFile(String path, String text) {
    Map<String, String> more = new LinkedHashMap<>(files);
    more.put(path, text);
    return new RuleHarness(rule, added, today, warningDays, more);
  }

  /**
   * Validates {@code yaml} as a {@code tag.yaml} and compares the rule's findings.
   *
   * @param yaml the metadata
   * @param expected the rule's findings, each {@code line:col message}, in file order ({@code
   *     path:line:col message} for a finding in another file than {@code tag.yaml})
   * @return this harness, for the next case
   * @throws AssertionError when the rule reports anything else
   */
  public RuleHarness test(String yaml, String... expected) {
    Path repository = repository(yaml);
    TagValidator.Builder builder =
        TagValidator.builder()
            .today(today)
            .expiryWarningDays(warningDays)
            .baseDirectory(repository);
    added.ifPresent(builder::rule);
    TagValidator validator = builder.build();
    if (validator.rules().stream().map(RuleInfo::id).noneMatch(rule::equals)) {
      throw new AssertionError("no rule '" + rule + "' among the validator's rules");
    }
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
    if (!actual.equals(Arrays.asList(expected))) {
      throw new AssertionError(
          rule
              + " on\n"
              + yaml
              + "\nexpected:\n"
              + lines(Arrays.asList(expected))
              + "but reported:\n"
              + lines(actual));
    }
    return this;
  }

  private static String lines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append("  ").append(line).append('\n');
    }
    return lines.isEmpty() ? "  (nothing)\n" : text.toString();
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
