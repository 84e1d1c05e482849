package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Frequency;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Recurrence;
import io.github.tagkit.validator.spi.LocatedGroup;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The structured meetings of a group, and the days a recurrence gives. */
final class Recurrences {
  private Recurrences() {}

  /** Each meeting of {@code group} with a recurrence, with the recurrence's JSON pointer. */
  static void each(LocatedGroup group, BiConsumer<String, Recurrence> action) {
    List<Meeting> meetings = group.group().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      int index = i;
      meetings
          .get(i)
          .recurrence()
          .ifPresent(r -> action.accept(group.pointer() + "/meetings/" + index + "/recurrence", r));
    }
  }

  /**
   * The meeting days from {@code from} (or the start date, when later) to {@code until}: every week
   * or every other week counted from the start date (from {@code from} without one), or the given
   * weekday of the given week of each month. Empty for a series that needs a start date and has
   * none.
   */
  static List<LocalDate> days(Recurrence recurrence, LocalDate from, LocalDate until) {
    List<LocalDate> days = new ArrayList<>();
    if (recurrence.frequency() != Frequency.WEEKLY && recurrence.startDate().isEmpty()) {
      return days;
    }
    LocalDate start = recurrence.startDate().filter(d -> d.isAfter(from)).orElse(from);
    if (recurrence.frequency() == Frequency.MONTHLY) {
      int week = recurrence.weekOfMonth().orElse(1);
      for (LocalDate month = start.withDayOfMonth(1);
          !month.isAfter(until);
          month = month.plusMonths(1)) {
        LocalDate day =
            week == -1
                ? month.with(TemporalAdjusters.lastInMonth(recurrence.day()))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(week, recurrence.day()));
        if (day.getMonth() == month.getMonth() && !day.isBefore(start) && !day.isAfter(until)) {
          days.add(day);
        }
      }
      return days;
    }
    int step = recurrence.frequency() == Frequency.BIWEEKLY ? 14 : 7;
    LocalDate anchor =
        recurrence.startDate().orElse(from).with(TemporalAdjusters.nextOrSame(recurrence.day()));
    LocalDate day = anchor;
    if (day.isBefore(start)) {
      long periods = (start.toEpochDay() - day.toEpochDay() + step - 1) / step;
      day = day.plusDays(periods * step);
    }
    for (; !day.isAfter(until); day = day.plusDays(step)) {
      days.add(day);
    }
    return days;
  }

  /** "Tuesday". */
  static String name(java.time.DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String frequency(Recurrence recurrence) {
    return recurrence.frequency().name().toLowerCase(Locale.ROOT);
  }
}
