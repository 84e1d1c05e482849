package io.github.tagkit.pages;

import io.github.tagkit.model.Frequency;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.LinkSchemes;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Recurrence;
import io.github.tagkit.model.TagRegistry;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An iCalendar (RFC 5545) file of the meetings that have a structured {@link Recurrence}, so people
 * can subscribe: one VEVENT with an RRULE per meeting, in the meeting's own time zone, with a
 * VTIMEZONE that describes that zone's offsets correctly over the years the calendar covers ({@link
 * VTimeZones}). Everything in it comes from the metadata, so the same metadata gives the same bytes
 * on any day: DTSTAMP is the first meeting's start, and a weekly meeting without a {@code
 * start_date} starts on its first day in 2026.
 */
public final class ICalendar {
  /** Where a weekly meeting without a {@code start_date} starts: its first day on or after. */
  static final LocalDate WEEKLY_ANCHOR = LocalDate.of(2026, 1, 1);

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
  private static final String CRLF = "\r\n";

  private final String text;
  private final int events;
  private final List<String> skipped;

  private ICalendar(String text, int events, List<String> skipped) {
    this.text = text;
    this.events = events;
    this.skipped = List.copyOf(skipped);
  }

  /**
   * {@return the calendar of every structured meeting in {@code registry}}
   *
   * @param registry the metadata
   */
  public static ICalendar of(TagRegistry registry) {
    List<String> skipped = new ArrayList<>();
    // The years each zone must be right for: from its first meeting's year to its last's.
    Map<ZoneId, int[]> years = new LinkedHashMap<>();
    List<String> events = new ArrayList<>();
    int count = 0;
    for (Group group : registry.groups()) {
      List<Meeting> meetings = group.meetings();
      Set<String> uids = new HashSet<>();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (meeting.recurrence().isEmpty()) {
          continue;
        }
        Recurrence recurrence = meeting.recurrence().get();
        String name = title(group, meetings, i);
        if (recurrence.zone().isEmpty()) {
          skipped.add(name + " is left out: '" + recurrence.timeZone() + "' is not a time zone");
          continue;
        }
        Optional<LocalDate> first = firstDate(recurrence);
        if (first.isEmpty()) {
          skipped.add(
              name
                  + " is left out: a "
                  + recurrence.frequency().name().toLowerCase(Locale.ROOT)
                  + " meeting needs a start_date to know which "
                  + (recurrence.frequency() == Frequency.BIWEEKLY ? "weeks" : "month to start in"));
          continue;
        }
        ZoneId zone = recurrence.zone().get();
        LocalDateTime start = LocalDateTime.of(first.get(), recurrence.time());
        years.merge(
            zone,
            new int[] {start.getYear(), start.getYear()},
            (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        count++;
        int minutes = recurrence.durationMinutes().orElse(60);
        String uid = uid(group.dir(), meeting, i, uids);
        events.add("BEGIN:VEVENT");
        events.add("UID:" + text(uid));
        events.add(
            "DTSTAMP:"
                + LOCAL.format(
                    start.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime())
                + "Z");
        events.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(start));
        events.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(start.plusMinutes(minutes)));
        events.add("RRULE:" + rule(recurrence));
        events.add("SUMMARY:" + text(name));
        meeting
            .zoomUrl()
            .or(meeting::tagCalendar)
            .filter(LinkSchemes::safe)
            .ifPresent(url -> events.add("URL:" + uri(url)));
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
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VCALENDAR");
    lines.add("VERSION:2.0");
    lines.add("PRODID:-//tagkit//TAG meetings//EN");
    lines.add("CALSCALE:GREGORIAN");
    years.forEach(
        (zone, span) ->
            lines.addAll(VTimeZones.vtimezone(zone, span[0] - 1, span[1] + VTimeZones.SPAN_YEARS)));
    lines.addAll(events);
    lines.add("END:VCALENDAR");
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(fold(line)).append(CRLF);
    }
    return new ICalendar(out.toString(), count, skipped);
  }

  /**
   * What an event is called: the group's name and the meeting's description ("TAG Security: Weekly
   * meeting"); for a meeting without one, "Batch meeting", numbered when the group has several
   * such.
   */
  private static String title(Group group, List<Meeting> meetings, int index) {
    Optional<String> description =
        meetings.get(index).description().map(String::strip).filter(d -> !d.isEmpty());
    if (description.isPresent()) {
      return group.name() + ": " + description.get();
    }
    long undescribed =
        meetings.stream()
            .filter(m -> m.recurrence().isPresent())
            .filter(m -> m.description().map(String::isBlank).orElse(true))
            .count();
    return group.name() + " meeting" + (undescribed > 1 ? " " + (index + 1) : "");
  }

  /** {@return the calendar's text} */
  public String text() {
    return text;
  }

  /** {@return whether the calendar has no meeting: such a calendar is not worth writing} */
  public boolean isEmpty() {
    return events == 0;
  }

  /** {@return the structured meetings left out, each with why: "TAG X: Sync is left out: ..."} */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * A UID that stays with its meeting: the group's dir and the meeting's description (its place in
   * the list when it has none, or when two share one).
   */
  private static String uid(String dir, Meeting meeting, int index, Set<String> taken) {
    String slug =
        meeting
            .description()
            .map(d -> d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"))
            .map(d -> d.replaceAll("^-+|-+$", ""))
            .filter(d -> !d.isEmpty())
            .orElse("meeting-" + (index + 1));
    String uid = dir + "-" + slug;
    if (!taken.add(uid)) {
      uid = dir + "-" + slug + "-" + (index + 1);
      taken.add(uid);
    }
    return uid + "@tagkit";
  }

  static String rule(Recurrence recurrence) {
    String day = recurrence.day().name().substring(0, 2);
    return switch (recurrence.frequency()) {
      case WEEKLY -> "FREQ=WEEKLY;BYDAY=" + day;
      case BIWEEKLY -> "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + day;
      case MONTHLY -> "FREQ=MONTHLY;BYDAY=" + recurrence.weekOfMonth().orElse(1) + day;
    };
  }

  /**
   * The first meeting, which RFC 5545 counts as an occurrence whatever the rule says: the first day
   * on or after {@code start_date} that the rule gives. A weekly meeting without a start date
   * starts in 2026; a biweekly or monthly one has none to give.
   */
  static Optional<LocalDate> firstDate(Recurrence recurrence) {
    LocalDate from = recurrence.startDate().orElse(WEEKLY_ANCHOR);
    return recurrence.days(from, from.plusYears(1)).stream().findFirst();
  }

  /**
   * TEXT escaping of RFC 5545 section 3.3.11: backslash, semicolon and comma escaped, every line
   * break (CRLF, LF or a bare CR, which some readers also split lines at) written as {@code \\n},
   * and the other control characters, which TEXT does not allow, left out; so no value can end its
   * line and start a property of its own.
   */
  private static String text(String text) {
    String value = InvisibleCharacters.removed(text.replace("\r\n", "\n").replace('\r', '\n'));
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case ';' -> out.append("\\;");
        case ',' -> out.append("\\,");
        case '\n' -> out.append("\\n");
        default -> {
          if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A URI value (RFC 5545 section 3.3.13), escaped as pages escape link targets: controls, spaces
   * and the characters no reader sees percent-encoded, so that a value cannot end its line.
   */
  private static String uri(String value) {
    return MarkdownEscapes.url(value);
  }

  /** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 section 3.1). */
  static String fold(String line) {
    StringBuilder out = new StringBuilder();
    int octets = 0;
    for (int i = 0; i < line.length(); ) {
      int codePoint = line.codePointAt(i);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
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
