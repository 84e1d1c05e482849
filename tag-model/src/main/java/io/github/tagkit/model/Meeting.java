package io.github.tagkit.model;

import java.util.Optional;

/**
 * A recurring meeting. The registry writes two shapes, both held here: TAG meetings ({@code
 * description, tag_calendar, recordings_url, meeting_notes_url}) and subproject meetings ({@code
 * schedule} as free text, {@code zoom_url, meeting_notes_url}). A {@link Recurrence} states the
 * time in a form a program can use; {@code format} and {@code agenda_url} carry what a landing page
 * shows.
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

  public Meeting {
    description = Values.text(description);
    schedule = Values.text(schedule);
    recurrence = Values.orEmpty(recurrence);
    format = Values.text(format);
    tagCalendar = Values.text(tagCalendar);
    zoomUrl = Values.text(zoomUrl);
    recordingsUrl = Values.text(recordingsUrl);
    meetingNotesUrl = Values.text(meetingNotesUrl);
    agendaUrl = Values.text(agendaUrl);
  }
}
