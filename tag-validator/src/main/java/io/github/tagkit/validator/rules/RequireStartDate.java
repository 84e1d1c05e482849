package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Frequency;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/**
 * A biweekly or monthly recurrence without a {@code start_date}: which weeks (or from which month)
 * the meeting happens is then anybody's guess, and a calendar cannot place it.
 */
final class RequireStartDate extends BaseRule {
  RequireStartDate() {
    super(
        "require-start-date",
        Severity.ERROR,
        "A biweekly or monthly meeting recurrence has no start_date.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      Recurrences.each(
          group,
          (pointer, recurrence) -> {
            if (recurrence.frequency() != Frequency.WEEKLY && recurrence.startDate().isEmpty()) {
              findings.report(
                  pointer,
                  "a "
                      + Recurrences.frequency(recurrence)
                      + " meeting needs a start_date, the day of its first meeting: without one"
                      + (recurrence.frequency() == Frequency.BIWEEKLY
                          ? " nobody can tell which weeks it meets"
                          : " nobody can tell from which month it meets")
                      + ", and the calendar leaves it out");
            }
          });
    }
  }
}
