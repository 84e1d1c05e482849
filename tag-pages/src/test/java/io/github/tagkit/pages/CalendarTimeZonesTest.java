package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every zone java.time knows, a weekly meeting's occurrences over five years, as read from the
 * calendar with ical4j (its parser and its RRULE expansion) and the calendar's own VTIMEZONE alone,
 * are the instants java.time gives.
 */
class CalendarTimeZonesTest {
  private static final int YEARS = 5;
  private static final DateTimeFormatter ICAL_LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

  static Stream<String> zones() {
    // ical4j adds zones of its own ("ical4j~..."), which are not java.time's.
    return new TreeSet<>(ZoneId.getAvailableZoneIds()).stream().filter(id -> !id.contains("~"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("zones")
  void aWeeklyMeetingIsAtTheInstantsJavaTimeGives(String zone) throws Exception {
    assertThat(read(calendar(zone, "sunday", "12:00"), YEARS))
        .isEqualTo(javaTime(ZoneId.of(zone), YEARS));
  }

  /** A calendar of one weekly meeting, from 2026-01-04 on. */
  static String calendar(String zone, String day, String time) {
    String metadata =
        """
        dir: tag-zone
        name: TAG Zone
        meetings:
          - description: Sync
            recurrence:
              frequency: weekly
              day: %s
              time: "%s"
              time_zone: %s
              start_date: 2026-01-04
        """
            .formatted(day, time, zone);
    return ICalendar.of(TagRegistry.parse(metadata, "tag.yaml")).text();
  }

  /** The occurrences' instants as the calendar gives them, from its VTIMEZONE only. */
  static List<Instant> read(String text, int years) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(text));
    VTimeZone timeZone = (VTimeZone) calendar.getComponents("VTIMEZONE").get(0);
    VEvent event = (VEvent) calendar.getComponents("VEVENT").get(0);
    LocalDateTime start = local(event.getProperty("DTSTART").orElseThrow());
    Recur<LocalDateTime> rule = new Recur<>(event.getProperty("RRULE").orElseThrow().getValue());
    Onsets onsets = new Onsets(timeZone, start.plusYears(years + 1));
    List<Instant> instants = new ArrayList<>();
    for (LocalDateTime local : rule.getDates(start, start, start.plusYears(years))) {
      instants.add(onsets.instant(local));
    }
    return instants;
  }

  /** The same meeting's instants by java.time: Sunday 12:00 in the zone, every week. */
  static List<Instant> javaTime(ZoneId zone, int years) {
    LocalDateTime start = LocalDateTime.of(2026, 1, 4, 12, 0);
    List<Instant> instants = new ArrayList<>();
    for (LocalDateTime local = start;
        local.isBefore(start.plusYears(years));
        local = local.plusWeeks(1)) {
      instants.add(local.atZone(zone).toInstant());
    }
    return instants;
  }

  private static LocalDateTime local(Property property) {
    return LocalDateTime.parse(property.getValue(), ICAL_LOCAL);
  }

  /**
   * A VTIMEZONE as RFC 5545 section 3.6.5 reads it: each observance's onsets (its DTSTART, RDATEs
   * and the RRULE's dates, expanded by ical4j's {@link Recur}), each at its TZOFFSETFROM, and the
   * offset at an instant is the TZOFFSETTO of the latest onset before it. (ical4j's own {@code
   * VTimeZone.getApplicableObservance} and {@code ZoneRulesBuilder} were tried first: the first
   * compares onsets without their TZOFFSETFROM, the second reads {@code BYDAY=2SU} as the Sunday on
   * or after the 7th, so neither can judge a calendar.)
   */
  private static final class Onsets {
    private final TreeMap<Instant, ZoneOffset> offsets = new TreeMap<>();

    Onsets(VTimeZone timeZone, LocalDateTime until) {
      for (Observance observance : timeZone.getObservances()) {
        ZoneOffset from =
            observance.<TzOffsetFrom>getProperty("TZOFFSETFROM").orElseThrow().getOffset();
        ZoneOffset to = observance.<TzOffsetTo>getProperty("TZOFFSETTO").orElseThrow().getOffset();
        LocalDateTime first = local(observance.getProperty("DTSTART").orElseThrow());
        List<LocalDateTime> onsets = new ArrayList<>(List.of(first));
        for (Property rdate : observance.getProperties("RDATE")) {
          for (String value : rdate.getValue().split(",")) {
            onsets.add(LocalDateTime.parse(value, ICAL_LOCAL));
          }
        }
        for (Property rrule : observance.getProperties("RRULE")) {
          onsets.addAll(new Recur<LocalDateTime>(rrule.getValue()).getDates(first, first, until));
        }
        onsets.forEach(onset -> offsets.put(onset.toInstant(from), to));
      }
    }

    ZoneOffset at(Instant instant) {
      Map.Entry<Instant, ZoneOffset> latest = offsets.floorEntry(instant);
      return latest != null ? latest.getValue() : offsets.firstEntry().getValue();
    }

    /**
     * The instant of a local time: the one whose offset is in force then, the earlier of two in an
     * overlap (RFC 5545 section 3.3.5); in a gap, the local time at the offset before it.
     */
    Instant instant(LocalDateTime local) {
      TreeSet<Instant> valid = new TreeSet<>();
      for (ZoneOffset offset : new TreeSet<>(offsets.values())) {
        Instant candidate = local.toInstant(offset);
        if (at(candidate).equals(offset)) {
          valid.add(candidate);
        }
      }
      return valid.isEmpty()
          ? local.toInstant(at(local.toInstant(ZoneOffset.MAX).minusSeconds(1)))
          : valid.first();
    }
  }
}
