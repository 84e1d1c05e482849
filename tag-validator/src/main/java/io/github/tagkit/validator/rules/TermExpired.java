package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Term;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A leader whose term has ended is still listed in the role. */
final class TermExpired extends BaseRule {
  TermExpired() {
    super(
        "term-expired",
        Severity.ERROR,
        "A leader's term has ended but they are still listed in the role.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, Leaders.LEADING)) {
      Term term = leader.value().term().orElse(null);
      if (term != null && term.end().isBefore(context.today())) {
        long days = -term.daysLeft(context.today());
        findings.report(
            leader.pointer() + "/term/end",
            Leaders.termOf(leader)
                + " ended "
                + term.end()
                + " ("
                + days
                + (days == 1 ? " day" : " days")
                + " before "
                + context.today()
                + "); record the renewal with a new term, or move them to emeritus_leads");
      }
    }
  }
}
