package io.github.tagkit.model;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured meeting time: "every other Tuesday at 08:00 America/Los_Angeles", stated so that a
 * program can turn it into UTC, a calendar entry or a reminder instead of guessing from free text.
 *
 * <p>{@code timeZone} is kept as written; {@link #zone()} resolves it. A time zone that is not an
 * IANA zone id is reported by the validator at its line, so reading does not reject it.
 *
 * @param weekOfMonth for {@link Frequency#MONTHLY}: 1 to 5, or -1 for the last such weekday
 * @param startDate the first meeting, which anchors {@link Frequency#BIWEEKLY} series
 * @param frequency {@code frequency}: how often the meeting happens
 * @param day {@code day}: the day of the week
 * @param time {@code time}: the local start time
 * @param timeZone {@code time_zone}: the IANA time zone of {@code time}, e.g. {@code Europe/Paris}
 * @param durationMinutes {@code duration_minutes}: how long the meeting lasts
 */
public record Recurrence(
    Frequency frequency,
    DayOfWeek day,
    Optional<Integer> weekOfMonth,
    LocalTime time,
    String timeZone,
    Optional<Integer> durationMinutes,
    Optional<LocalDate> startDate) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param frequency {@code frequency}: how often the meeting happens
   * @param day {@code day}: the day of the week
   * @param weekOfMonth for {@link Frequency#MONTHLY}: 1 to 5, or -1 for the last such weekday
   * @param time {@code time}: the local start time
   * @param timeZone {@code time_zone}: the IANA time zone of {@code time}, e.g. {@code
   *     Europe/Paris}
   * @param durationMinutes {@code duration_minutes}: how long the meeting lasts
   * @param startDate the first meeting, which anchors {@link Frequency#BIWEEKLY} series
   */
  public Recurrence {
    Objects.requireNonNull(frequency, "recurrence needs a 'frequency' (weekly, biweekly, monthly)");
    Objects.requireNonNull(day, "recurrence needs a 'day' (monday to sunday)");
    Objects.requireNonNull(time, "recurrence needs a 'time' (HH:mm)");
    timeZone = RecordChecks.required(timeZone, "time_zone");
    weekOfMonth = RecordChecks.orEmpty(weekOfMonth);
    durationMinutes = RecordChecks.orEmpty(durationMinutes);
    startDate = RecordChecks.orEmpty(startDate);
  }

  /**
   * {@return the meeting days from {@code from} (or the start date, when later) to {@code until},
   * both included: every week or every other week counted from the start date (from {@code from}
   * without one), or the given weekday of the given week of each month (a month without that week
   * has no meeting); empty for a biweekly or monthly series without a start date, which cannot say
   * which weeks or month it starts in}
   *
   * @param from the first day to look at
   * @param until the last day to look at
   */
  public List<LocalDate> days(LocalDate from, LocalDate until) {
    List<LocalDate> days = new ArrayList<>();
    if (frequency != Frequency.WEEKLY && startDate.isEmpty()) {
      return days;
    }
    LocalDate start = startDate.filter(d -> d.isAfter(from)).orElse(from);
    if (frequency == Frequency.MONTHLY) {
      int week = weekOfMonth.orElse(1);
      for (LocalDate month = start.withDayOfMonth(1);
          !month.isAfter(until);
          month = month.plusMonths(1)) {
        LocalDate meeting =
            week == -1
                ? month.with(TemporalAdjusters.lastInMonth(day))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(week, day));
        if (meeting.getMonth() == month.getMonth()
            && !meeting.isBefore(start)
            && !meeting.isAfter(until)) {
          days.add(meeting);
        }
      }
      return days;
    }
    int step = frequency == Frequency.BIWEEKLY ? 14 : 7;
    LocalDate meeting = startDate.orElse(from).with(TemporalAdjusters.nextOrSame(day));
    if (meeting.isBefore(start)) {
      long periods = (start.toEpochDay() - meeting.toEpochDay() + step - 1) / step;
      meeting = meeting.plusDays(periods * step);
    }
    for (; !meeting.isAfter(until); meeting = meeting.plusDays(step)) {
      days.add(meeting);
    }
    return days;
  }

  /** {@return the time zone as a {@link ZoneId}, or empty when it is not a known zone id} */
  public Optional<ZoneId> zone() {
    try {
      return Optional.of(ZoneId.of(timeZone));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
