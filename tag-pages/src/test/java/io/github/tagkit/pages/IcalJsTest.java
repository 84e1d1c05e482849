package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.NpmTools;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ical.js, the iCalendar library many web calendars use, reads a weekly meeting in the hardest
 * zones at the instants java.time gives, from the calendar's own VTIMEZONE. ical.js is installed
 * from npm into the build directory; the test is skipped, saying so, only where npm is missing.
 */
class IcalJsTest {
  private static final Path TOOL = Path.of("target", "icaljs").toAbsolutePath();
  private static final String VERSION = "2.2.1";
  private static final int YEARS = 5;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Europe/Berlin",
        "Europe/Dublin",
        "America/Los_Angeles",
        "America/Santiago",
        "America/Asuncion",
        "America/St_Johns",
        "Pacific/Chatham",
        "Australia/Lord_Howe",
        "Antarctica/Troll",
        "Africa/Casablanca",
        "Africa/Cairo",
        "Asia/Gaza",
        "Asia/Tehran"
      })
  void readsTheMeetingAtTheInstantsJavaTimeGives(String zone) throws Exception {
    Path script = install();
    Path calendar = TOOL.resolve(zone.replace('/', '_') + ".ics");
    Files.writeString(calendar, CalendarTimeZonesTest.calendar(zone, "sunday", "12:00"));
    List<Instant> read =
        NpmTools.run(
                List.of("node", script.toString(), calendar.toString(), String.valueOf(YEARS)),
                TOOL,
                300)
            .lines()
            .filter(line -> !line.isBlank())
            .map(line -> Instant.ofEpochSecond(Long.parseLong(line.strip())))
            .toList();
    assertThat(read).isEqualTo(CalendarTimeZonesTest.javaTime(ZoneId.of(zone), YEARS));
  }

  /** ical.js and the script that prints a calendar's occurrences, installed once a build. */
  private static Path install() throws Exception {
    NpmTools.install(TOOL, "ical.js@" + VERSION, TOOL.resolve("node_modules/ical.js"), "ical.js");
    Path script = TOOL.resolve("occurrences.mjs");
    try (InputStream in = IcalJsTest.class.getResourceAsStream("/icaljs/occurrences.mjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }
}
