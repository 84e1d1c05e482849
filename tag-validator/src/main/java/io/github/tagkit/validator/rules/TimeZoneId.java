package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Meeting;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;
import java.util.Optional;

/** A structured meeting time whose zone is not an IANA id: it cannot be converted reliably. */
final class TimeZoneId extends BaseRule {
  TimeZoneId() {
    super(
        "time-zone-id",
        Severity.ERROR,
        "A meeting recurrence's time_zone is not an IANA time zone id such as America/Los_Angeles.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      List<Meeting> meetings = group.group().meetings();
      for (int i = 0; i < meetings.size(); i++) {
        String pointer = group.pointer() + "/meetings/" + i + "/recurrence/time_zone";
        meetings
            .get(i)
            .recurrence()
            .map(r -> r.timeZone())
            .filter(zone -> !ZoneIds.isIanaId(zone))
            .ifPresent(
                zone -> {
                  String message = "time_zone '" + zone + "' is not an IANA time zone id";
                  Optional<String> only = ZoneIds.suggestion(zone);
                  if (only.isPresent()) {
                    findings.report(
                        pointer,
                        message + "; did you mean " + only.get() + "?",
                        Fix.setValue(pointer, only.get()));
                  } else {
                    findings.report(
                        pointer,
                        message + "; write one such as America/Los_Angeles or Europe/Berlin");
                  }
                });
      }
    }
  }
}
