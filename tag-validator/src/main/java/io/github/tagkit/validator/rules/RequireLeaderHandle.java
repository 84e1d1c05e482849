package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A leader listed without a GitHub handle: nobody can be mentioned, assigned or checked. */
final class RequireLeaderHandle extends BaseRule {
  RequireLeaderHandle() {
    super(
        "require-leader-handle",
        Severity.ERROR,
        "A chair, tech lead, subproject lead or TOC liaison has no GitHub handle.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      if (leader.value().github().isEmpty()) {
        findings.report(
            leader.pointer() + "/github",
            Leaders.who(leader) + " has no GitHub handle; add 'github:'");
      }
    }
  }
}
