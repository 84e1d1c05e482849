package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.time.LocalDate;

/**
 * A recurrence's {@code start_date} that is not on its {@code day}: calendars count the start as a
 * meeting of its own, so subscribers see one meeting that never happens.
 */
final class StartDateOnDay extends BaseRule {
  StartDateOnDay() {
    super(
        "start-date-on-day",
        Severity.ERROR,
        "A meeting recurrence's start_date is not on the recurrence's day of the week.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      Recurrences.each(
          group,
          (pointer, recurrence) ->
              recurrence
                  .startDate()
                  .filter(start -> start.getDayOfWeek() != recurrence.day())
                  .ifPresent(
                      start -> {
                        LocalDate first =
                            recurrence.days(start, start.plusYears(1)).stream()
                                .findFirst()
                                .orElse(start);
                        findings.report(
                            pointer + "/start_date",
                            "start_date "
                                + start
                                + " is a "
                                + Recurrences.name(start.getDayOfWeek())
                                + ", not a "
                                + Recurrences.name(recurrence.day())
                                + "; calendars would add a meeting on it: write the first"
                                + " meeting's day, "
                                + first);
                      }));
    }
  }
}
