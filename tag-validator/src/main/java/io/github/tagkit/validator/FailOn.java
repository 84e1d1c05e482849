package io.github.tagkit.validator;

import io.github.tagkit.validator.spi.Severity;
import java.util.Locale;
import java.util.Optional;

/** Which findings fail a build: errors (the default), warnings and errors, or none. */
public enum FailOn {
  /** Errors fail the build. */
  ERROR,
  /** Errors and warnings fail the build. */
  WARNING,
  /** Nothing fails the build. */
  NONE;

  /**
   * Parses {@code error}, {@code warning} or {@code none}, in any case.
   *
   * @param value the setting
   * @return the threshold
   * @throws ConfigurationException ({@code failOn}) for any other value
   */
  public static FailOn parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "failOn", "unknown failOn '" + value + "'; expected error, warning or none");
    }
  }

  /**
   * {@return why {@code report} fails the build, as one sentence that counts the findings and says
   * what to do; empty when it passes}
   *
   * @param report the report
   */
  public Optional<String> failure(Report report) {
    if (!fails(report)) {
      return Optional.empty();
    }
    return Optional.of(
        "TAG metadata check failed: "
            + report.counts()
            + " (failOn="
            + name().toLowerCase(Locale.ROOT)
            + "). Fix the findings above, or exempt one with a reason in .tagkit.yaml.");
  }

  /**
   * {@return whether {@code report} has findings that fail the build}
   *
   * @param report the report
   */
  public boolean fails(Report report) {
    return switch (this) {
      case ERROR -> report.hasFindingsAtLeast(Severity.ERROR);
      case WARNING -> report.hasFindingsAtLeast(Severity.WARNING);
      case NONE -> false;
    };
  }
}
