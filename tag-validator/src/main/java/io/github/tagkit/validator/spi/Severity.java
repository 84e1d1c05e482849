package io.github.tagkit.validator.spi;

/** How much a finding matters: errors fail a build by default, warnings and infos do not. */
public enum Severity {
  /** Wrong: the metadata breaks a rule, and the build fails by default. */
  ERROR,
  /** Probably wrong, or soon to be, such as a term that ends within the month. */
  WARNING,
  /** Worth knowing, such as a time zone given as an abbreviation. */
  INFO;

  /** {@return the lower-case word used in reports: {@code error}, {@code warning}, {@code info}} */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * {@return whether this is at least as severe as {@code other}}
   *
   * @param other the other severity
   */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
