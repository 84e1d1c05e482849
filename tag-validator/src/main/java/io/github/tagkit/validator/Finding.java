package io.github.tagkit.validator;

import io.github.tagkit.validator.internal.Fingerprints;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem in a metadata file, built like a value: {@code tags.yaml:14:3: error [term-too-long]
 * chair term runs 3 years (2025-07-01 to 2028-06-30); governance allows 2}, with the one change
 * that fixes it when there is exactly one ({@code tag:fix} makes it). The fix's replacement in the
 * file's text is worked out when first asked for, and is empty when the editor cannot make the fix
 * in that text (a trailing space inside a block scalar is text, not a mistake to trim).
 *
 * @param severity how serious the problem is
 * @param ruleId the id of the rule that found it, e.g. {@code unknown-key}
 * @param message what is wrong and what to do, in a sentence
 * @param location where it is
 * @param fix the one change that fixes it, when there is exactly one
 * @param fingerprint what identifies it from one run to the next, whatever lines move above it: its
 *     rule, file, the place of its value named by the entries' names, that value, and its message
 *     without numbers (SARIF's {@code partialFingerprints}; what a {@link Baseline} matches)
 */
public record Finding(
    Severity severity,
    String ruleId,
    String message,
    Location location,
    Optional<Fix> fix,
    String fingerprint) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param severity how serious the problem is
   * @param ruleId the id of the rule that found it, e.g. {@code unknown-key}
   * @param message what is wrong and what to do, in a sentence
   * @param location where it is
   * @param fix the one change that fixes it, when there is exactly one
   * @param fingerprint what identifies it from one run to the next
   */
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fix, "fix");
    Objects.requireNonNull(fingerprint, "fingerprint");
  }

  /**
   * A finding whose fingerprint is made of its rule, file, pointer and message.
   *
   * @param severity how serious the problem is
   * @param ruleId the id of the rule that found it, e.g. {@code unknown-key}
   * @param message what is wrong and what to do, in a sentence
   * @param location where it is
   * @param fix the one change that fixes it, when there is exactly one
   */
  public Finding(
      Severity severity, String ruleId, String message, Location location, Optional<Fix> fix) {
    this(
        severity,
        ruleId,
        message,
        location,
        fix,
        Fingerprints.of(ruleId, location.file(), location.pointer(), message));
  }

  /**
   * This finding at {@code severity}.
   *
   * @param severity the severity
   * @return the finding
   */
  public Finding withSeverity(Severity severity) {
    return new Finding(severity, ruleId, message, location, fix, fingerprint);
  }

  /**
   * A finding without a fix.
   *
   * @param severity how serious the problem is
   * @param ruleId the id of the rule that found it
   * @param message what is wrong and what to do
   * @param location where it is
   */
  public Finding(Severity severity, String ruleId, String message, Location location) {
    this(severity, ruleId, message, location, Optional.empty());
  }

  /** {@code file:line:col: severity [rule-id] message}. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + " [" + ruleId + "] " + message;
  }
}
