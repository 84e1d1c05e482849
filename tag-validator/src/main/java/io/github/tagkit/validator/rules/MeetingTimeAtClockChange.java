package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Recurrence;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * A meeting time that falls in a clock change on some meeting day: in spring it does not exist
 * (calendars move it an hour on), in autumn it happens twice. Searched over the next ten years of
 * meetings.
 */
final class MeetingTimeAtClockChange extends BaseRule {
  private static final int YEARS = 10;

  MeetingTimeAtClockChange() {
    super(
        "meeting-time-at-clock-change",
        Severity.WARNING,
        "A meeting recurrence's local time does not exist, or exists twice, on a meeting day when"
            + " the clocks change.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      Recurrences.each(
          group,
          (pointer, recurrence) ->
              recurrence
                  .zone()
                  .ifPresent(zone -> check(recurrence, zone, context, pointer, findings)));
    }
  }

  private static void check(
      Recurrence recurrence,
      ZoneId zone,
      RuleContext context,
      String pointer,
      FindingSink findings) {
    ZoneRules rules = zone.getRules();
    LocalDate from = context.today();
    for (LocalDate day : recurrence.days(from, from.plusYears(YEARS))) {
      LocalDateTime at = day.atTime(recurrence.time());
      int offsets = rules.getValidOffsets(at).size();
      if (offsets == 1) {
        continue;
      }
      ZoneOffsetTransition change = rules.getTransition(at);
      String clocks =
          "the clocks go "
              + (change.isGap() ? "forward" : "back")
              + " from "
              + change.getDateTimeBefore().toLocalTime()
              + " to "
              + change.getDateTimeAfter().toLocalTime();
      findings.report(
          pointer + "/time",
          recurrence.time()
              + " "
              + zone.getId()
              + (change.isGap()
                  ? " does not exist on "
                      + day
                      + " ("
                      + clocks
                      + "): calendars move the meeting"
                      + " an hour later that day"
                  : " happens twice on " + day + " (" + clocks + ")")
              + "; choose a time outside "
              + earlier(change)
              + "–"
              + later(change));
      return;
    }
  }

  private static String earlier(ZoneOffsetTransition change) {
    return (change.isGap() ? change.getDateTimeBefore() : change.getDateTimeAfter())
        .toLocalTime()
        .toString();
  }

  private static String later(ZoneOffsetTransition change) {
    return (change.isGap() ? change.getDateTimeAfter() : change.getDateTimeBefore())
        .toLocalTime()
        .toString();
  }
}
