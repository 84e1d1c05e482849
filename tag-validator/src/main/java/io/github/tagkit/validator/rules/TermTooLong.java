package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.model.Term;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * A term longer than governance allows: two years for chairs and tech leads, one for subproject
 * leads. Counted in whole months, so a term that starts mid-month and ends with the cycle on June
 * 30 is not flagged for its extra days.
 */
final class TermTooLong extends BaseRule {
  private static final Map<Role, Integer> MAX_YEARS =
      Map.of(Role.CHAIR, 2, Role.TECH_LEAD, 2, Role.SUBPROJECT_LEAD, 1);

  TermTooLong() {
    super(
        "term-too-long",
        Severity.ERROR,
        "A term is longer than governance allows (chairs and tech leads 2 years, subproject leads"
            + " 1 year).");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, List.copyOf(MAX_YEARS.keySet()))) {
      int maxYears = MAX_YEARS.get(leader.role());
      Term term = leader.value().term().orElse(null);
      if (term != null
          && !term.start().isAfter(term.end())
          && term.length().toTotalMonths() > maxYears * 12L) {
        findings.report(
            leader.pointer() + "/term",
            Leaders.termOf(leader)
                + " runs "
                + describe(term.length())
                + " ("
                + term.start()
                + " to "
                + term.end()
                + "); governance allows "
                + maxYears
                + (maxYears == 1 ? " year" : " years"));
      }
    }
  }

  static String describe(Period period) {
    String years = period.getYears() == 1 ? "1 year" : period.getYears() + " years";
    if (period.getMonths() == 0) {
      return years;
    }
    String months = period.getMonths() == 1 ? "1 month" : period.getMonths() + " months";
    return period.getYears() == 0 ? months : years + " and " + months;
  }
}
