package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The days a recurrence gives, which the rules and the calendar both count from. */
class RecurrenceDaysTest {
  private static Recurrence of(
      Frequency frequency, DayOfWeek day, Integer week, LocalDate startDate) {
    return new Recurrence(
        frequency,
        day,
        Optional.ofNullable(week),
        LocalTime.of(16, 0),
        "Europe/Berlin",
        Optional.of(60),
        Optional.ofNullable(startDate));
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void weeklyWithoutAStartDateCountsFromTheFirstDayAskedFor() {
    assertThat(
            of(Frequency.WEEKLY, DayOfWeek.TUESDAY, null, null)
                .days(day("2026-07-01"), day("2026-07-21")))
        .containsExactly(day("2026-07-07"), day("2026-07-14"), day("2026-07-21"));
  }

  @Test
  void biweeklyKeepsTheWeeksOfItsStartDate() {
    Recurrence r = of(Frequency.BIWEEKLY, DayOfWeek.THURSDAY, null, day("2026-01-08"));
    assertThat(r.days(day("2026-07-01"), day("2026-07-31")))
        .containsExactly(day("2026-07-09"), day("2026-07-23"));
    // Nothing before the start date.
    assertThat(r.days(day("2025-12-01"), day("2026-01-22")))
        .containsExactly(day("2026-01-08"), day("2026-01-22"));
    assertThat(
            of(Frequency.BIWEEKLY, DayOfWeek.THURSDAY, null, null)
                .days(day("2026-07-01"), day("2026-12-31")))
        .isEmpty();
  }

  @Test
  void monthlyTakesTheWeekOfEachMonthThatHasIt() {
    Recurrence last = of(Frequency.MONTHLY, DayOfWeek.THURSDAY, -1, day("2026-07-30"));
    assertThat(last.days(day("2026-07-01"), day("2026-09-30")))
        .containsExactly(day("2026-07-30"), day("2026-08-27"), day("2026-09-24"));
    // A fifth Thursday: July and October 2026 have one, August and September do not.
    Recurrence fifth = of(Frequency.MONTHLY, DayOfWeek.THURSDAY, 5, day("2026-07-01"));
    assertThat(fifth.days(day("2026-07-01"), day("2026-10-31")))
        .containsExactly(day("2026-07-30"), day("2026-10-29"));
    // The boundary: the last day asked for is included, the day after it is not.
    assertThat(last.days(day("2026-07-01"), day("2026-08-27"))).endsWith(day("2026-08-27"));
    assertThat(last.days(day("2026-07-01"), day("2026-08-26"))).containsExactly(day("2026-07-30"));
  }
}
