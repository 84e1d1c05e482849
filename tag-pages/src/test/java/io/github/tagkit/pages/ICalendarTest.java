package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar people subscribe to: recurrence, time zone, and RFC 5545 syntax. */
class ICalendarTest {
  private static final String TAG =
      """
      dir: tag-example
      name: TAG Example
      meetings:
        - description: TAG Example Meetings
          recurrence:
            frequency: biweekly
            day: tuesday
            time: "08:00"
            time_zone: America/Los_Angeles
            duration_minutes: 50
            start_date: 2026-01-13
          zoom_url: https://zoom.us/j/123
          meeting_notes_url: https://notes.cncf.io/example
        - description: Office hours
          recurrence:
            frequency: monthly
            week_of_month: -1
            day: friday
            time: "15:00"
            time_zone: Asia/Kolkata
            start_date: 2026-07-01
        - description: No structured time
          schedule: Thursdays, sometimes
      """;

  private final String calendar = ICalendar.of(TagRegistry.parse(TAG, "tag.yaml")).text();

  private static ICalendar of(String meetings) {
    return ICalendar.of(
        TagRegistry.parse("dir: tag-x\nname: TAG X\nmeetings:\n" + meetings, "tag.yaml"));
  }

  @Test
  void oneEventPerStructuredMeetingWithItsRecurrenceInItsZone() {
    assertThat(calendar)
        .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tagkit//TAG meetings//EN\r\n")
        .endsWith("END:VCALENDAR\r\n")
        .contains(
            "BEGIN:VEVENT\r\nUID:tag-example-tag-example-meetings@tagkit\r\n"
                + "DTSTAMP:20260113T160000Z\r\n"
                + "DTSTART;TZID=America/Los_Angeles:20260113T080000\r\n"
                + "DTEND;TZID=America/Los_Angeles:20260113T085000\r\n"
                + "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n"
                + "SUMMARY:TAG Example: TAG Example Meetings\r\n"
                + "URL:https://zoom.us/j/123\r\n"
                + "DESCRIPTION:Join: https://zoom.us/j/123\\nNotes: https://notes.cncf.io/examp\r\n le\r\n"
                + "END:VEVENT\r\n")
        .contains(
            "UID:tag-example-office-hours@tagkit\r\nDTSTAMP:20260731T093000Z\r\n"
                + "DTSTART;TZID=Asia/Kolkata:20260731T150000\r\n"
                + "DTEND;TZID=Asia/Kolkata:20260731T160000\r\n"
                + "RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n");
    assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(3);
  }

  /** cncf/toc's meetings have a schedule and no description: the event is the group's meeting. */
  @Test
  void aMeetingWithoutADescriptionIsTheGroupsMeeting() {
    String one =
        "dir: batch\nname: Batch\nmeetings:\n  - schedule: Every other Tuesday\n"
            + "    recurrence: {frequency: weekly, day: tuesday, time: \"08:00\","
            + " time_zone: America/Los_Angeles, start_date: 2026-01-13}\n";
    String text = ICalendar.of(TagRegistry.reader().lenient().read(one, "tag.yaml")).text();
    assertThat(text).contains("\r\nSUMMARY:Batch meeting\r\n").doesNotContain("meeting 1");

    String two =
        one
            + "  - recurrence: {frequency: weekly, day: friday, time: \"08:00\","
            + " time_zone: America/Los_Angeles, start_date: 2026-01-16}\n";
    assertThat(ICalendar.of(TagRegistry.reader().lenient().read(two, "tag.yaml")).text())
        .contains("\r\nSUMMARY:Batch meeting 1\r\n")
        .contains("\r\nSUMMARY:Batch meeting 2\r\n");
  }

  @Test
  void timeZonesCarryTheirRulesWithTheirRealDays() {
    assertThat(calendar)
        .contains(
            "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:20251102T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
                + "END:VTIMEZONE\r\n")
        .contains(
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:20250101T053000\r\n"
                + "TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
    assertThat(zone("Europe/Berlin"))
        .contains("DTSTART:20250330T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        .contains("DTSTART:20251026T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
    // The Sunday on or after the 2nd, at 24:00 of the Saturday before.
    assertThat(zone("America/Santiago"))
        .contains("RRULE:FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=2,3,4,5,6,7,8;BYDAY=SU");
    // Around Ramadan: no yearly rule, the real changes.
    assertThat(zone("Africa/Casablanca"))
        .doesNotContain("RRULE")
        .contains("DTSTART:20250223T030000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\n")
        .contains("RDATE:20260215T030000\r\n");
  }

  /** A calendar's zone in RRULE form wherever the zone's rules describe its changes. */
  @Test
  void everyZoneThatFollowsYearlyRulesIsWrittenAsThoseRules() {
    int ruled = 0;
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      if (id.contains("~")) {
        continue; // not java.time's: added by ical4j in this JVM
      }
      ZoneRules rules = ZoneId.of(id).getRules();
      boolean settled =
          !rules.getTransitionRules().isEmpty()
              && (rules.getTransitions().isEmpty()
                  || rules
                      .getTransitions()
                      .get(rules.getTransitions().size() - 1)
                      .getInstant()
                      .isBefore(
                          LocalDate.of(2024, 1, 1)
                              .atStartOfDay(java.time.ZoneOffset.UTC)
                              .toInstant()));
      if (settled) {
        ruled++;
        assertThat(String.join("\n", VTimeZones.vtimezone(ZoneId.of(id), 2025, 2036)))
            .as(id)
            .contains("RRULE:FREQ=YEARLY")
            .doesNotContain("RDATE");
      }
    }
    assertThat(ruled).isGreaterThan(100);
  }

  @Test
  void aStartDateOffTheMeetingsDayStartsOnItsFirstDayAfter() {
    String sync =
        "  - description: Sync\n    recurrence:\n      frequency: weekly\n      day: thursday\n"
            + "      time: \"10:00\"\n      time_zone: UTC\n      start_date: 2026-03-02\n";
    assertThat(of(sync).text()).contains("DTSTART;TZID=UTC:20260305T100000\r\n");
  }

  @Test
  void aWeeklyMeetingWithoutAStartDateStartsOnItsFirstDayIn2026() {
    String sync =
        "  - description: Sync\n    recurrence:\n      frequency: weekly\n      day: monday\n"
            + "      time: \"10:00\"\n      time_zone: Europe/Paris\n";
    assertThat(of(sync).text()).contains("DTSTART;TZID=Europe/Paris:20260105T100000\r\n");
  }

  @Test
  void aBiweeklyMeetingWithoutAStartDateIsLeftOutSayingWhy() {
    ICalendar calendar =
        of(
            "  - description: Sync\n    recurrence:\n      frequency: biweekly\n      day: monday\n"
                + "      time: \"10:00\"\n      time_zone: Europe/Paris\n");
    assertThat(calendar.isEmpty()).isTrue();
    assertThat(calendar.skipped())
        .containsExactly(
            "TAG X: Sync is left out: a biweekly meeting needs a start_date to know which weeks");
  }

  @Test
  void theSameMetadataGivesTheSameCalendarOnAnyDay(@TempDir Path repo) throws Exception {
    Path tag = Files.writeString(repo.resolve("tag.yaml"), TAG);
    List<String> calendars = new java.util.ArrayList<>();
    for (LocalDate day : List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 2, 13))) {
      new MetadataPages(PageGenerator.builtIn(), Optional.of("meetings.ics"), day).write(tag);
      calendars.add(Files.readString(repo.resolve("meetings.ics")));
    }
    assertThat(calendars.get(1)).isEqualTo(calendars.get(0));
  }

  @Test
  void noCalendarIsWrittenWithoutAStructuredMeeting(@TempDir Path repo) throws Exception {
    Path tag =
        Files.writeString(
            repo.resolve("tag.yaml"),
            "dir: tag-x\nname: TAG X\nmeetings:\n  - description: Sync\n    schedule: Mondays\n");
    MetadataPages.Result result =
        new MetadataPages(
                PageGenerator.builtIn(), Optional.of("meetings.ics"), LocalDate.of(2026, 7, 1))
            .write(tag);
    assertThat(repo.resolve("meetings.ics")).doesNotExist();
    assertThat(result.notes())
        .containsExactly(
            "No calendar written: no meeting in tag.yaml has a structured recurrence (frequency,"
                + " day, time, time_zone)");
  }

  @Test
  void longLinesAreFoldedAt75Octets() {
    assertThat(calendar.split("\r\n"))
        .allSatisfy(line -> assertThat(line.getBytes().length).isLessThanOrEqualTo(75));
    assertThat(ICalendar.fold("X".repeat(80))).isEqualTo("X".repeat(75) + "\r\n " + "X".repeat(5));
  }

  private static String zone(String id) {
    return String.join("\r\n", VTimeZones.vtimezone(ZoneId.of(id), 2025, 2036)) + "\r\n";
  }

  @Test
  void noValueStartsAPropertyOfItsOwnWhateverLineBreakItHolds() throws Exception {
    String calendar =
        of("""
              - description: "Sync\\rATTACH:https://evil.example/x\\r\\nX-INJ:1\\nUID:evil\\u0007, done"
                recurrence: {frequency: weekly, day: monday, time: "10:00", time_zone: UTC}
                zoom_url: "https://zoom.us/j/1\\rX-URL:2"
            """)
            .text();
    // A reader that breaks lines at CR, LF or CRLF alike sees one event and only tagkit's
    // properties.
    List<String> lines = List.of(calendar.split("\r\n|\r|\n"));
    assertThat(lines).filteredOn(l -> l.startsWith("BEGIN:VEVENT")).hasSize(1);
    assertThat(lines)
        .noneMatch(l -> l.startsWith("ATTACH") || l.startsWith("X-") || l.equals("UID:evil"));
    assertThat(calendar.replace("\r\n ", ""))
        .contains(
            "SUMMARY:TAG X: Sync\\nATTACH:https://evil.example/x\\nX-INJ:1\\nUID:evil\\, done")
        .contains("URL:https://zoom.us/j/1%0DX-URL:2")
        .doesNotContain("\u0007");
    // An independent reader (ical4j) reads one event, with the value as it was written.
    net.fortuna.ical4j.model.Calendar read =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(calendar));
    assertThat(read.getComponents("VEVENT")).hasSize(1);
    assertThat(read.getComponents("VEVENT").get(0).getProperty("SUMMARY").orElseThrow().getValue())
        .isEqualTo("TAG X: Sync\nATTACH:https://evil.example/x\nX-INJ:1\nUID:evil, done");
    assertThat(read.getComponents("VEVENT").get(0).getProperties("X-INJ")).isEmpty();
    // Every line ends in CRLF, as RFC 5545 wants, and no other line break is left.
    assertThat(calendar.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
  }
}
