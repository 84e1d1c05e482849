package io.github.tagkit.pages;

import io.github.tagkit.model.Recurrence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Meeting times in words, in the meeting's own zone and in UTC: "Every other Tuesday at 08:00
 * America/Los_Angeles (16:00 UTC while PST, 15:00 UTC while PDT)". UTC times come from the zone's
 * rules, so they are right on both sides of a daylight-saving change.
 */
final class Schedules {
  private Schedules() {}

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final String[] ORDINALS = {"", "first", "second", "third", "fourth", "fifth"};

  static String describe(Recurrence recurrence, int year) {
    String day = name(recurrence.day());
    String when =
        switch (recurrence.frequency()) {
          case WEEKLY -> "Every " + day;
          case BIWEEKLY -> "Every other " + day;
          case MONTHLY ->
              "The "
                  + recurrence.weekOfMonth().map(Schedules::ordinal).orElse("first")
                  + " "
                  + day
                  + " of the month";
        };
    String local = when + " at " + recurrence.time().format(TIME) + " " + recurrence.timeZone();
    return recurrence
        .zone()
        .map(zone -> local + " (" + utc(recurrence, zone, year) + ")")
        .orElse(local);
  }

  /** "15:00 UTC", or "16:00 UTC while PST, 15:00 UTC while PDT" for a zone with daylight saving. */
  static String utc(Recurrence recurrence, ZoneId zone, int year) {
    Map<ZoneOffset, String> times = new LinkedHashMap<>();
    for (int month : new int[] {1, 7}) {
      LocalDate date =
          LocalDate.of(year, month, 15).with(TemporalAdjusters.nextOrSame(recurrence.day()));
      ZonedDateTime local = ZonedDateTime.of(LocalDateTime.of(date, recurrence.time()), zone);
      ZonedDateTime utc = local.withZoneSameInstant(ZoneOffset.UTC);
      String time =
          (utc.getDayOfWeek() == recurrence.day() ? "" : name(utc.getDayOfWeek()) + " ")
              + utc.format(TIME)
              + " UTC";
      times.putIfAbsent(local.getOffset(), time + "\u0000" + abbreviation(local));
    }
    List<String> parts = new ArrayList<>();
    for (String entry : times.values()) {
      String[] split = entry.split("\u0000");
      parts.add(times.size() == 1 ? split[0] : split[0] + " while " + split[1]);
    }
    return String.join(", ", parts);
  }

  private static String abbreviation(ZonedDateTime time) {
    return DateTimeFormatter.ofPattern("zzz", Locale.US).format(time);
  }

  static String name(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.US);
  }

  private static String ordinal(int week) {
    return week == -1 ? "last" : week >= 1 && week <= 5 ? ORDINALS[week] : week + "th";
  }
}
