package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Term;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A leader's term ends within the warning window: time to hold the election. */
final class TermEndingSoon extends BaseRule {
  private final int warningDays;

  TermEndingSoon(int warningDays) {
    super(
        "term-ending-soon",
        Severity.WARNING,
        "A leader's term ends within the warning window (30 days unless configured).");
    this.warningDays = warningDays;
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      Term term = leader.value().term().orElse(null);
      if (term != null
          && !term.end().isBefore(context.today())
          && term.daysLeft(context.today()) <= warningDays) {
        long days = term.daysLeft(context.today());
        findings.report(
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
