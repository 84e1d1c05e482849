package io.github.tagkit.validator;

import io.github.tagkit.validator.spi.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is: its stable id ({@code require-toc-liaison}), the severity it reports with unless
 * configured otherwise, one line on what it checks, and the help a rule of its own may give.
 *
 * @param id the rule's id
 * @param severity the severity it reports with unless configured otherwise
 * @param description one line on what it checks
 * @param help why the rule exists and how to fix its findings, in Markdown, when the rule gives it
 * @param helpUri where the rule is documented, when the rule names it
 */
public record RuleInfo(
    String id,
    Severity severity,
    String description,
    Optional<String> help,
    Optional<String> helpUri) {

  /**
   * Checks the parts.
   *
   * @param id the rule's id
   * @param severity the severity it reports with unless configured otherwise
   * @param description one line on what it checks
   * @param help why the rule exists and how to fix its findings, in Markdown, when given
   * @param helpUri where the rule is documented, when given
   */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(helpUri, "helpUri");
  }

  /**
   * A rule without help of its own.
   *
   * @param id the rule's id
   * @param severity the severity it reports with unless configured otherwise
   * @param description one line on what it checks
   */
  public RuleInfo(String id, Severity severity, String description) {
    this(id, severity, description, Optional.empty(), Optional.empty());
  }
}
