package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.Term;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A leader's term ends within the warning window: time to hold the election. */
final class TermEndingSoon extends BaseRule {
  TermEndingSoon() {
    super(
        "term-ending-soon",
        Severity.WARNING,
        "A leader's term ends within the warning window (30 days unless configured).");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      Term term = leader.value().term().orElse(null);
      if (term != null
          && !term.end().isBefore(context.today())
          && term.daysLeft(context.today()) <= context.expiryWarningDays()) {
        long days = term.daysLeft(context.today());
        findings.report(
            this,
            leader.pointer() + "/term/end",
            Leaders.termOf(leader)
                + (days == 0
                    ? " ends today, " + term.end()
                    : " ends " + term.end() + ", in " + days + (days == 1 ? " day" : " days"))
                + "; plan the election");
      }
    }
  }
}
