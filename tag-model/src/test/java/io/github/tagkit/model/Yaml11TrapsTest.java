package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that YAML 1.1 readers turn into booleans, numbers or dates stay the text the author wrote,
 * when read and when written back.
 */
class Yaml11TrapsTest {

  @ParameterizedTest(name = "name: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no",
        "on",
        "off",
        "yes",
        "y",
        "N",
        "true",
        "null",
        "~",
        "10:00",
        "1:30:00",
        "0123",
        "0x1F",
        "1e3",
        "1_000",
        ".5",
        ".inf",
        "2025-07-01",
        "2025-07-01 10:00:00",
        "<<"
      })
  void plainScalarStaysTextAndIsQuotedWhenWritten(String value) {
    TagRegistry registry = TagRegistry.parse("dir: tag-x\nname: " + plain(value) + "\n", "t.yaml");
    assertThat(registry.tags().get(0).name()).isEqualTo(value);

    String written = registry.toYaml();
    assertThat(written).contains("name: \"" + value + "\"\n");
    assertThat(TagRegistry.parse(written, "t.yaml")).isEqualTo(registry);
  }

  /** YAML 1.2 reads these as text already, except the few it reads as null, bool or number. */
  private static String plain(String value) {
    return switch (value) {
      case "true", "null", "~", "1e3", ".5", ".inf" -> "'" + value + "'";
      default -> value;
    };
  }

  @ParameterizedTest(name = "time: {0}")
  @CsvSource({"10:00, 10:00", "'\"08:30\"', 08:30", "23:59, 23:59"})
  void meetingTimeIsATimeOfDayNotSexagesimal(String written, LocalTime expected) {
    TagRegistry registry =
        TagRegistry.parse(
            "dir: tag-x\nname: TAG X\nmeetings:\n  - recurrence:\n      frequency: weekly\n"
                + "      day: Tuesday\n      time: "
                + written
                + "\n      time_zone: Europe/Berlin\n",
            "t.yaml");
    Recurrence recurrence = registry.tags().get(0).meetings().get(0).recurrence().orElseThrow();
    assertThat(recurrence.time()).isEqualTo(expected);
    assertThat(registry.toYaml()).contains("time: \"" + expected + "\"\n", "day: tuesday\n");
  }

  @Test
  void unquotedDatesReadAsTheDatesWritten() {
    TagRegistry registry =
        TagRegistry.parse(
            "dir: tag-x\nname: TAG X\nleadership:\n  chairs:\n    - name: A\n      term:\n"
                + "        start: 2025-07-01\n        end: 2027-06-30\n",
            "t.yaml");
    Term term = registry.tags().get(0).leadership().chairs().get(0).term().orElseThrow();
    assertThat(term).isEqualTo(RealRegistryTest.term("2025-07-01", "2027-06-30"));
    assertThat(registry.toYaml()).contains("start: \"2025-07-01\"\n", "end: \"2027-06-30\"\n");
  }

  @Test
  void ordinaryTextIsWrittenWithoutQuotes() {
    TagRegistry registry = TagRegistry.parse("dir: tag-x\nname: TAG X\nlabel: tag-x\n", "t.yaml");
    assertThat(registry.toYaml()).isEqualTo("dir: tag-x\nname: TAG X\nlabel: tag-x\n");
  }
}
