package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A leader listed without a GitHub handle: nobody can be mentioned, assigned or checked. */
final class RequireLeaderHandle extends BaseRule {
  RequireLeaderHandle() {
    super(
        "require-leader-handle",
        Severity.ERROR,
        "A chair, tech lead, subproject lead or TOC liaison has no GitHub handle.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      if (leader.value().github().isEmpty()) {
        findings.report(
            this,
            leader.pointer() + "/github",
            Leaders.who(leader) + " has no GitHub handle; add 'github:'");
      }
    }
  }
}
