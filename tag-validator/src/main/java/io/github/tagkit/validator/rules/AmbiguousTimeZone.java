package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Meeting;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;

/**
 * A free-text schedule that names its time zone by an abbreviation (PDT/PST): readers in other
 * zones must guess, and the abbreviation is wrong half the year.
 */
final class AmbiguousTimeZone extends BaseRule {
  AmbiguousTimeZone() {
    super(
        "ambiguous-time-zone",
        Severity.INFO,
        "A free-text schedule names its time zone by an abbreviation such as PDT or PST.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      List<Meeting> meetings = group.group().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        Meeting meeting = meetings.get(i);
        if (meeting.recurrence().isPresent()) {
          continue;
        }
        String pointer = group.pointer() + "/meetings/" + i + "/schedule";
        meeting
            .schedule()
            .flatMap(ZoneIds::abbreviationIn)
            .ifPresent(
                abbreviation ->
                    findings.report(
                        pointer,
                        "schedule gives its time zone as "
                            + abbreviation
                            + "; add a recurrence with time_zone: "
                            + ZoneIds.suggestion(abbreviation).orElse("an IANA id")
                            + " so every reader sees the right local time"));
      }
    }
  }
}
