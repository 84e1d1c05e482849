package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

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
        - description: No structured time
          schedule: Thursdays, sometimes
      """;

  private final String calendar =
      ICalendar.of(TagRegistry.parse(TAG, "tag.yaml"), LocalDate.of(2026, 7, 1));

  @Test
  void oneEventPerStructuredMeetingWithItsRecurrenceInItsZone() {
    assertThat(calendar)
        .startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tagkit//TAG meetings//EN\r\n")
        .endsWith("END:VCALENDAR\r\n")
        .contains(
            "BEGIN:VEVENT\r\nUID:tag-example-meeting-1@tagkit\r\nDTSTAMP:20260701T000000Z\r\n"
                + "DTSTART;TZID=America/Los_Angeles:20260113T080000\r\n"
                + "DTEND;TZID=America/Los_Angeles:20260113T085000\r\n"
                + "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU\r\n"
                + "SUMMARY:TAG Example: TAG Example Meetings\r\n"
                + "URL:https://zoom.us/j/123\r\n"
                + "DESCRIPTION:Join: https://zoom.us/j/123\\nNotes: https://notes.cncf.io/examp\r\n le\r\n"
                + "END:VEVENT\r\n")
        .contains(
            "DTSTART;TZID=Asia/Kolkata:20260731T150000\r\n"
                + "DTEND;TZID=Asia/Kolkata:20260731T160000\r\n"
                + "RRULE:FREQ=MONTHLY;BYDAY=-1FR\r\n");
    assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(3);
  }

  @Test
  void timeZonesCarryTheirDaylightSavingRules() {
    assertThat(calendar)
        .contains(
            "BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nTZOFFSETFROM:-0800\r\nTZOFFSETTO:-0700\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nTZOFFSETFROM:-0700\r\nTZOFFSETTO:-0800\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nEND:STANDARD\r\n"
                + "END:VTIMEZONE\r\n")
        .contains(
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n");
  }

  @Test
  void longLinesAreFoldedAt75Octets() {
    assertThat(calendar.split("\r\n"))
        .allSatisfy(line -> assertThat(line.getBytes().length).isLessThanOrEqualTo(75));
    assertThat(ICalendar.fold("X".repeat(80))).isEqualTo("X".repeat(75) + "\r\n " + "X".repeat(5));
  }
}
