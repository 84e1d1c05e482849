package io.github.tagkit.model;

import java.util.Optional;

/**
 * A recurring meeting. The registry writes two shapes, both held here: TAG meetings ({@code
 * description, tag_calendar, recordings_url, meeting_notes_url}) and subproject meetings ({@code
 * schedule} as free text, {@code zoom_url, meeting_notes_url}). A {@link Recurrence} states the
 * time in a form a program can use; {@code format} and {@code agenda_url} carry what a landing page
 * shows.
 *
 * @param description {@code description}: what the meeting is
 * @param schedule {@code schedule}: when it meets, as free text
 * @param recurrence {@code recurrence}: when it meets, in a form programs can use
 * @param format {@code format}: how it meets, e.g. on Zoom
 * @param tagCalendar {@code tag_calendar}: the calendar the meeting is in
 * @param zoomUrl {@code zoom_url}: where to join
 * @param recordingsUrl {@code recordings_url}: where the recordings are
 * @param meetingNotesUrl {@code meeting_notes_url}: where the notes are
 * @param agendaUrl {@code agenda_url}: where the agenda is
 */
public record Meeting(
    Optional<String> description,
    Optional<String> schedule,
    Optional<Recurrence> recurrence,
    Optional<String> format,
    Optional<String> tagCalendar,
    Optional<String> zoomUrl,
    Optional<String> recordingsUrl,
    Optional<String> meetingNotesUrl,
    Optional<String> agendaUrl) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param description {@code description}: what the meeting is
   * @param schedule {@code schedule}: when it meets, as free text
   * @param recurrence {@code recurrence}: when it meets, in a form programs can use
   * @param format {@code format}: how it meets, e.g. on Zoom
   * @param tagCalendar {@code tag_calendar}: the calendar the meeting is in
   * @param zoomUrl {@code zoom_url}: where to join
   * @param recordingsUrl {@code recordings_url}: where the recordings are
   * @param meetingNotesUrl {@code meeting_notes_url}: where the notes are
   * @param agendaUrl {@code agenda_url}: where the agenda is
   */
  public Meeting {
    description = RecordChecks.text(description);
    schedule = RecordChecks.text(schedule);
    recurrence = RecordChecks.orEmpty(recurrence);
    format = RecordChecks.text(format);
    tagCalendar = RecordChecks.text(tagCalendar);
    zoomUrl = RecordChecks.text(zoomUrl);
    recordingsUrl = RecordChecks.text(recordingsUrl);
    meetingNotesUrl = RecordChecks.text(meetingNotesUrl);
    agendaUrl = RecordChecks.text(agendaUrl);
  }
}
