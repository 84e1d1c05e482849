package io.github.tagkit.validator.spi;

import java.util.Optional;

/**
 * A governance rule beyond the schema: one small class, one stable id, a default severity and a
 * one-line description. A rule reads the file through its {@link RuleContext} and reports what is
 * wrong to its {@link FindingSink}; it never throws for bad content (a rule that throws is reported
 * as a finding of its own, and the other rules still run). Rules are called from several threads at
 * once, one file each: keep no state between calls.
 *
 * <p>A rule shipped in a jar of its own is found by {@code TagValidator.Builder.discoverRules}
 * (which {@code tag:validate} calls with the plugin's class loader, so a rule jar named in the
 * plugin's {@code <dependencies>} runs) when the jar lists the class in {@code
 * META-INF/services/io.github.tagkit.validator.spi.Rule}; such a class needs a public constructor
 * without parameters.
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

  /**
   * {@return why the rule exists and how to fix what it finds, in Markdown, as SARIF reports show
   * it beside a finding; empty (the default) shows the description alone} tagkit's own rules take
   * theirs from {@code docs/rules.md}.
   */
  default Optional<String> help() {
    return Optional.empty();
  }

  /** {@return where the rule is documented on the web, for SARIF's {@code helpUri}; or empty} */
  default Optional<String> helpUri() {
    return Optional.empty();
  }
}
