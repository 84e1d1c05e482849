package io.github.tagkit.validator;

import java.util.Locale;

/** Which findings fail a build: errors (the default), warnings and errors, or none. */
public enum FailOn {
  ERROR,
  WARNING,
  NONE;

  /** Parses {@code error}, {@code warning} or {@code none}, in any case. */
  public static FailOn parse(String value) {
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown failOn '" + value + "'; expected error, warning or none", e);
    }
  }

  /** Whether {@code report} has findings that fail the build. */
  public boolean fails(Report report) {
    return switch (this) {
      case ERROR -> report.hasFindingsAtLeast(Severity.ERROR);
      case WARNING -> report.hasFindingsAtLeast(Severity.WARNING);
      case NONE -> false;
    };
  }
}
