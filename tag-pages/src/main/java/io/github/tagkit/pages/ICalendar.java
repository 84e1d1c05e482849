package io.github.tagkit.pages;

import io.github.tagkit.model.Frequency;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Recurrence;
import io.github.tagkit.model.TagRegistry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An iCalendar (RFC 5545) file of the meetings that have a structured {@link Recurrence}, so people
 * can subscribe: one VEVENT with an RRULE per meeting, in the meeting's own time zone, with a
 * VTIMEZONE built from that zone's current daylight-saving rules. Output is deterministic: the same
 * metadata gives the same bytes.
 */
public final class ICalendar {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
  private static final String CRLF = "\r\n";

  private ICalendar() {}

  /**
   * The calendar of every structured meeting in {@code registry}. A biweekly meeting without a
   * {@code start_date} starts on the first matching day on or after {@code from}.
   */
  public static String of(TagRegistry registry, LocalDate from) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//tagkit//TAG meetings//EN");
    lines.add("CALSCALE:GREGORIAN");
    Set<ZoneId> zones = new LinkedHashSet<>();
    List<String> events = new ArrayList<>();
    for (Group group : registry.groups()) {
      List<Meeting> meetings = group.meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (meeting.recurrence().isEmpty() || meeting.recurrence().get().zone().isEmpty()) {
          continue;
        }
        Recurrence recurrence = meeting.recurrence().get();
        ZoneId zone = recurrence.zone().get();
        zones.add(zone);
        LocalDate first = recurrence.startDate().orElse(firstDate(recurrence, from));
        LocalDateTime start = LocalDateTime.of(first, recurrence.time());
        int minutes = recurrence.durationMinutes().orElse(60);
        events.add("BEGIN:VEVENT");
        events.add("UID:" + group.dir() + "-meeting-" + (i + 1) + "@tagkit");
        events.add("DTSTAMP:" + LOCAL.format(from.atStartOfDay()) + "Z");
        events.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
        events.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(start.plusMinutes(minutes)));
        events.add("RRULE:" + rule(recurrence));
        events.add(
            "SUMMARY:" + text(group.name() + ": " + meeting.description().orElse("Meeting")));
        meeting.zoomUrl().or(meeting::tagCalendar).ifPresent(url -> events.add("URL:" + url));
        List<String> details = new ArrayList<>();
        meeting.zoomUrl().ifPresent(url -> details.add("Join: " + url));
        meeting.meetingNotesUrl().ifPresent(url -> details.add("Notes: " + url));
        meeting.agendaUrl().ifPresent(url -> details.add("Agenda: " + url));
        meeting.recordingsUrl().ifPresent(url -> details.add("Recordings: " + url));
        if (!details.isEmpty()) {
          events.add("DESCRIPTION:" + text(String.join("\n", details)));
        }
        events.add("END:VEVENT");
      }
    }
    for (ZoneId zone : zones) {
      lines.addAll(timeZone(zone, from));
    }
    lines.addAll(events);
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(fold(line)).append(CRLF);
    }
    return out.toString();
  }

  static String rule(Recurrence recurrence) {
    String day = recurrence.day().name().substring(0, 2);
    return switch (recurrence.frequency()) {
      case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
      case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
      case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + recurrence.weekOfMonth().orElse(1) + day;
    };
  }

  private static LocalDate firstDate(Recurrence recurrence, LocalDate from) {
    if (recurrence.frequency() == Frequency.MONTHLY) {
      int week = recurrence.weekOfMonth().orElse(1);
      LocalDate month = from.withDayOfMonth(1);
      for (int i = 0; i < 2; i++, month = month.plusMonths(1)) {
        LocalDate date =
            week == -1
                ? month.with(TemporalAdjusters.lastInMonth(recurrence.day()))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(week, recurrence.day()));
        if (!date.isBefore(from) && date.getMonth() == month.getMonth()) {
          return date;
        }
      }
      return month.with(TemporalAdjusters.firstInMonth(recurrence.day()));
    }
    return from.with(TemporalAdjusters.nextOrSame(recurrence.day()));
  }

  /** A VTIMEZONE from the zone's rules: STANDARD and DAYLIGHT parts with yearly rules. */
  static List<String> timeZone(ZoneId zone, LocalDate from) {
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    List<ZoneOffsetTransitionRule> rules = zone.getRules().getTransitionRules();
    if (rules.isEmpty()) {
      ZoneOffset offset = zone.getRules().getOffset(from.atStartOfDay(ZoneOffset.UTC).toInstant());
      lines.add("BEGIN:STANDARD");
      lines.add("DTSTART:19700101T000000");
      lines.add("TZOFFSETFROM:" + offset(offset));
      lines.add("TZOFFSETTO:" + offset(offset));
      lines.add("END:STANDARD");
    } else {
      for (ZoneOffsetTransitionRule rule : rules) {
        boolean daylight =
            rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
        String part = daylight ? "DAYLIGHT" : "STANDARD";
        LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
        lines.add("BEGIN:" + part);
        lines.add("DTSTART:" + LOCAL.format(first));
        lines.add("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
        lines.add("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
        lines.add(
            "RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay(rule));
        lines.add("END:" + part);
      }
    }
    lines.add("END:VTIMEZONE");
    return lines;
  }

  /**
   * The weekday of a transition rule as an RRULE BYDAY: -1SU for "last Sunday", 2SU for the second.
   */
  private static String byDay(ZoneOffsetTransitionRule rule) {
    DayOfWeek day = rule.getDayOfWeek() != null ? rule.getDayOfWeek() : DayOfWeek.SUNDAY;
    int indicator = rule.getDayOfMonthIndicator();
    String ordinal = indicator < 0 ? "-1" : String.valueOf((indicator - 1) / 7 + 1);
    return ordinal + day.name().substring(0, 2);
  }

  private static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int minutes = Math.abs(seconds) / 60;
    return (seconds < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%02d%02d", minutes / 60, minutes % 60);
  }

  /** TEXT escaping of RFC 5545 section 3.3.11. */
  private static String text(String value) {
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
  }

  /** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 section 3.1). */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size =
          new String(Character.toChars(codePoint))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)
              .length;
      if (octets + size > 75) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return out.toString();
  }
}
