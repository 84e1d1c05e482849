package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A leader listed without a name: pages would show a bare handle or nothing. */
final class RequireLeaderName extends BaseRule {
  RequireLeaderName() {
    super(
        "require-leader-name",
        Severity.ERROR,
        "A chair, tech lead, subproject lead or TOC liaison has no name.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      if (leader.value().name().isEmpty()) {
        findings.report(
            leader.pointer() + "/name", Leaders.who(leader) + " has no name; add 'name:'");
      }
    }
  }
}
