package io.github.tagkit.validator.spi;

/** How much a finding matters: errors fail a build by default, warnings and infos do not. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in reports: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether this is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
