package io.github.tagkit.validator;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.spi.Severity;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every finding of a validation run, sorted by file, line and column, with the number of files
 * checked, the checks the validator made (which SARIF reports list), and the findings an exemption
 * covers, kept apart with its reason (SARIF lists them as suppressed; they fail no build). Against
 * a {@link Baseline}, the findings it knows are kept apart too ({@code known}: SARIF's {@code
 * unchanged}, failing no build), and what it lists that is no longer found is {@code absent}.
 *
 * @param findings every finding, in file order
 * @param filesChecked how many files were checked
 * @param rules the rules that ran
 * @param exempted the findings an exemption covered, left out of {@code findings}
 * @param known the findings a baseline knows, left out of {@code findings}
 * @param absent what a baseline lists that was not found
 * @param models when the validator keeps them ({@link TagValidator.Builder#keepModels}), the model
 *     each checked file was read into, by the file's name in findings: a file that could not be
 *     read at all is missing, and a registry holds the entries that could be read (so that what
 *     else a goal reports of the files, such as the terms report, needs no second reading)
 */
public record Report(
    List<Finding> findings,
    int filesChecked,
    List<RuleInfo> rules,
    List<Exempted> exempted,
    List<Finding> known,
    List<Baseline.Entry> absent,
    Map<String, TagRegistry> models) {

  /**
   * A finding an exemption covers, and the exemption's reason.
   *
   * @param finding the finding
   * @param reason the exemption's reason
   */
  public record Exempted(Finding finding, String reason) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param finding the finding
     * @param reason the exemption's reason
     */
    public Exempted {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The order reports list findings in: file, line, column, then rule id and message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparingInt(f -> f.location().column())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param findings every finding, in file order
   * @param filesChecked how many files were checked
   * @param rules the rules that ran
   * @param exempted the findings an exemption covered, left out of {@code findings}
   * @param known the findings a baseline knows, left out of {@code findings}
   * @param absent what a baseline lists that was not found
   * @param models the model each checked file was read into, by the file's name in findings
   */
  public Report {
    findings = findings.stream().sorted(ORDER).toList();
    rules = List.copyOf(rules);
    exempted = exempted.stream().sorted(Comparator.comparing(Exempted::finding, ORDER)).toList();
    known = known.stream().sorted(ORDER).toList();
    absent = List.copyOf(absent);
    models = Collections.unmodifiableMap(new TreeMap<>(models));
  }

  /**
   * A report checked against no baseline.
   *
   * @param findings every finding, in file order
   * @param filesChecked how many files were checked
   * @param rules the rules that ran
   * @param exempted the findings an exemption covered, left out of {@code findings}
   */
  public Report(
      List<Finding> findings, int filesChecked, List<RuleInfo> rules, List<Exempted> exempted) {
    this(findings, filesChecked, rules, exempted, List.of(), List.of(), Map.of());
  }

  /**
   * A report with no exempted findings.
   *
   * @param findings every finding, in file order
   * @param filesChecked how many files were checked
   * @param rules the rules that ran
   */
  public Report(List<Finding> findings, int filesChecked, List<RuleInfo> rules) {
    this(findings, filesChecked, rules, List.of());
  }

  /**
   * A report that names no checks beyond its findings' ids.
   *
   * @param findings every finding, in file order
   * @param filesChecked how many files were checked
   */
  public Report(List<Finding> findings, int filesChecked) {
    this(findings, filesChecked, List.of(), List.of());
  }

  /**
   * {@return how many findings have {@code severity}}
   *
   * @param severity the severity
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** {@return how many findings are errors} */
  public long errors() {
    return count(Severity.ERROR);
  }

  /** {@return how many findings are warnings} */
  public long warnings() {
    return count(Severity.WARNING);
  }

  /**
   * {@return whether any finding is at least as severe as {@code threshold}}
   *
   * @param threshold the least severity that counts
   */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /**
   * "2 files checked: 3 errors, 1 warning, 0 infos", then ", 2 exempted", ", 28 known" and ", 3
   * gone" when some were.
   *
   * @return the summary line
   */
  public String summary() {
    return plural(filesChecked, "file")
        + " checked: "
        + counts()
        + ", "
        + plural(count(Severity.INFO), "info")
        + (exempted.isEmpty() ? "" : ", " + exempted.size() + " exempted")
        + (known.isEmpty() ? "" : ", " + known.size() + " known")
        + (absent.isEmpty() ? "" : ", " + absent.size() + " gone");
  }

  /**
   * "3 errors, 1 warning".
   *
   * @return the counts
   */
  public String counts() {
    return plural(errors(), "error") + ", " + plural(warnings(), "warning");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
