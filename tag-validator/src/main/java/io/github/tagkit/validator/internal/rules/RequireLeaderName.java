package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A leader listed without a name: pages would show a bare handle or nothing. */
final class RequireLeaderName extends BaseRule {
  RequireLeaderName() {
    super(
        "require-leader-name",
        Severity.ERROR,
        "A chair, tech lead, subproject lead or TOC liaison has no name.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      if (leader.value().name().isEmpty()) {
        findings.report(
            this, leader.pointer() + "/name", Leaders.who(leader) + " has no name; add 'name:'");
      }
    }
  }
}
