package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Frequency;
import io.github.tagkit.model.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Meeting times in the meeting's zone and in UTC, right on both sides of daylight saving. */
class SchedulesTest {

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "WEEKLY   | TUESDAY  | 08:00 | America/Los_Angeles | Every Tuesday at 08:00 America/Los_Angeles (16:00 UTC while PST, 15:00 UTC while PDT)",
        "BIWEEKLY | THURSDAY | 16:00 | Europe/Berlin       | Every other Thursday at 16:00 Europe/Berlin (15:00 UTC while CET, 14:00 UTC while CEST)",
        "WEEKLY   | MONDAY   | 09:30 | Asia/Kolkata        | Every Monday at 09:30 Asia/Kolkata (04:00 UTC)",
        "WEEKLY   | FRIDAY   | 10:00 | Australia/Sydney    | Every Friday at 10:00 Australia/Sydney (Thursday 23:00 UTC while AEDT, 00:00 UTC while AEST)",
        "WEEKLY   | TUESDAY  | 17:00 | America/Los_Angeles | Every Tuesday at 17:00 America/Los_Angeles (Wednesday 01:00 UTC while PST, Wednesday 00:00 UTC while PDT)",
        "WEEKLY   | TUESDAY  | 17:00 | UTC                 | Every Tuesday at 17:00 UTC (17:00 UTC)",
        "WEEKLY   | TUESDAY  | 17:00 | PDT                 | Every Tuesday at 17:00 PDT",
      })
  void describesTheTimeInItsZoneAndInUtc(
      Frequency frequency, DayOfWeek day, LocalTime time, String zone, String expected) {
    Recurrence recurrence =
        new Recurrence(
            frequency, day, Optional.empty(), time, zone, Optional.empty(), Optional.empty());
    assertThat(Schedules.describe(recurrence, 2026)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "week {0}")
  @CsvSource({"1, The first Wednesday of the month", "-1, The last Wednesday of the month"})
  void monthlyMeetingsNameTheirWeek(int week, String expected) {
    Recurrence recurrence =
        new Recurrence(
            Frequency.MONTHLY,
            DayOfWeek.WEDNESDAY,
            Optional.of(week),
            LocalTime.of(15, 0),
            "UTC",
            Optional.empty(),
            Optional.empty());
    assertThat(Schedules.describe(recurrence, 2026)).startsWith(expected + " at 15:00 UTC");
  }
}
