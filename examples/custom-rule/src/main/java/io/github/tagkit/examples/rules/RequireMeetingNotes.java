package io.github.tagkit.examples.rules;

import io.github.tagkit.model.Meeting;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;
import java.util.Optional;

/**
 * A meeting that links no notes: a group's meetings keep notes that those who missed them can read.
 * Listed in {@code META-INF/services/io.github.tagkit.validator.spi.Rule}, so that {@code
 * tag:validate} runs it when this jar is one of the plugin's dependencies.
 */
public final class RequireMeetingNotes implements Rule {

  @Override
  public String id() {
    return "require-meeting-notes";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "A meeting links no notes (meeting_notes_url).";
  }

  @Override
  public Optional<String> help() {
    return Optional.of(
        "**Why:** Notes let those who missed a meeting catch up, and record what was decided."
            + "\n\n**Fix:** Add `meeting_notes_url` to the meeting: the document its notes are"
            + " kept in.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      List<Meeting> meetings = group.group().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (meeting.meetingNotesUrl().isEmpty()) {
          findings.report(
              group.pointer() + "/meetings/" + i,
              group.group().name()
                  + "'s meeting '"
                  + meeting.description().orElse("meeting " + (i + 1))
                  + "' links no notes; add meeting_notes_url");
        }
      }
    }
  }
}
