package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;

/**
 * A chair, tech lead or subproject lead without a term: nobody can tell when to hold the next
 * election, and the term rules cannot check it.
 */
final class TermMissing extends BaseRule {
  private static final List<Role> ELECTED = Role.withTerms();

  TermMissing() {
    super("term-missing", Severity.WARNING, "A chair, tech lead or subproject lead has no term.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, ELECTED)) {
      if (leader.value().term().isEmpty()) {
        findings.report(
            leader.pointer(),
            Leaders.who(leader) + " has no term; add term: with the start and end of the mandate");
      }
    }
  }
}
