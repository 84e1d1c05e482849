package io.github.tagkit.validator;

import io.github.tagkit.validator.spi.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every finding of a validation run, sorted by file, line and column, with the number of files
 * checked, the checks the validator made (which SARIF reports list), and the findings an exemption
 * covers, kept apart with its reason (SARIF lists them as suppressed; they fail no build).
 */
public record Report(
    List<Finding> findings, int filesChecked, List<RuleInfo> rules, List<Exempted> exempted) {

  /** A finding an exemption covers, and the exemption's reason. */
  public record Exempted(Finding finding, String reason) {
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

  public Report {
    findings = findings.stream().sorted(ORDER).toList();
    rules = List.copyOf(rules);
    exempted = exempted.stream().sorted(Comparator.comparing(Exempted::finding, ORDER)).toList();
  }

  /** A report with no exempted findings. */
  public Report(List<Finding> findings, int filesChecked, List<RuleInfo> rules) {
    this(findings, filesChecked, rules, List.of());
  }

  /** A report that names no checks beyond its findings' ids. */
  public Report(List<Finding> findings, int filesChecked) {
    this(findings, filesChecked, List.of(), List.of());
  }

  /** How many findings have {@code severity}. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public long errors() {
    return count(Severity.ERROR);
  }

  public long warnings() {
    return count(Severity.WARNING);
  }

  /** Whether any finding is at least as severe as {@code threshold}. */
  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  /** "2 files checked: 3 errors, 1 warning, 0 infos", and ", 2 exempted" when some were. */
  public String summary() {
    return plural(filesChecked, "file")
        + " checked: "
        + counts()
        + ", "
        + plural(count(Severity.INFO), "info")
        + (exempted.isEmpty() ? "" : ", " + exempted.size() + " exempted");
  }

  /** "3 errors, 1 warning". */
  public String counts() {
    return plural(errors(), "error") + ", " + plural(warnings(), "warning");
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
