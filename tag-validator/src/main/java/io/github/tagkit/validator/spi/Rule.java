package io.github.tagkit.validator.spi;

/**
 * A governance rule beyond the schema: one small class, one stable id, a default severity and a
 * one-line description. A rule reads the file through its {@link RuleContext} and reports what is
 * wrong to its {@link FindingSink}; it never throws for bad content (a rule that throws is reported
 * as a finding of its own, and the other rules still run). Rules are called from several threads at
 * once, one file each: keep no state between calls.
 */
public interface Rule {

  /**
   * {@return the rule's id: kebab-case words, an imperative or the problem's name ({@code
   * require-toc-liaison}, {@code term-expired})} Exemptions, severity overrides and reports name
   * the rule by it, so it never changes once released.
   */
  String id();

  /** {@return the severity the rule reports with unless the validator is configured otherwise} */
  Severity severity();

  /** {@return one sentence on what the rule finds, as reports and {@code docs/rules.md} show it} */
  String description();

  /**
   * Reports what is wrong in the file {@code context} describes.
   *
   * @param context the file and what rules can know of it
   * @param findings where the rule reports what it finds
   */
  void check(RuleContext context, FindingSink findings);
}
