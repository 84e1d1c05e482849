package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Frequency;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/**
 * A monthly meeting in the fifth week: most months have four of any weekday, so the meeting skips
 * them; "the last" ({@code -1}) is what is usually meant.
 */
final class FifthWeekOfMonth extends BaseRule {
  FifthWeekOfMonth() {
    super(
        "fifth-week-of-month",
        Severity.WARNING,
        "A monthly meeting recurrence is in week 5, which most months do not have.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      Recurrences.each(
          group,
          (pointer, recurrence) -> {
            if (recurrence.frequency() == Frequency.MONTHLY
                && recurrence.weekOfMonth().orElse(1) == 5) {
              String day = Recurrences.name(recurrence.day());
              findings.report(
                  pointer + "/week_of_month",
                  "week_of_month 5 means no meeting in a month without a fifth "
                      + day
                      + "; write -1 for the last "
                      + day
                      + " of every month");
            }
          });
    }
  }
}
