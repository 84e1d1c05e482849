package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
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
        run(List.of("node", script.toString(), calendar.toString(), String.valueOf(YEARS)))
            .lines()
            .filter(line -> !line.isBlank())
            .map(line -> Instant.ofEpochSecond(Long.parseLong(line.strip())))
            .toList();
    assertThat(read).isEqualTo(CalendarTimeZonesTest.javaTime(ZoneId.of(zone), YEARS));
  }

  /** ical.js and the script that prints a calendar's occurrences, installed once a build. */
  private static synchronized Path install() throws Exception {
    Path script = TOOL.resolve("occurrences.mjs");
    if (!Files.isDirectory(TOOL.resolve("node_modules/ical.js"))) {
      Assumptions.assumeTrue(
          onPath("npm") && onPath("node"),
          "npm is not installed: ical.js (from npm) cannot be run here");
      Files.createDirectories(TOOL);
      run(
          List.of(
              "npm",
              "install",
              "--no-audit",
              "--no-fund",
              "--prefix",
              TOOL.toString(),
              "ical.js@" + VERSION));
    }
    try (InputStream in = IcalJsTest.class.getResourceAsStream("/icaljs/occurrences.mjs")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a command in the tool's directory; fails the test with its output when it fails. */
  private static String run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile(TOOL, "run", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(TOOL.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean done = process.waitFor(300, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    String log = Files.readString(output);
    assertThat(done && process.exitValue() == 0)
        .as(String.join(" ", command) + " failed:\n" + log)
        .isTrue();
    return log;
  }
}
