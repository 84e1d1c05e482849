package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.Properties;
import io.github.tagkit.model.testing.YamlStrings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * No page, calendar or picture holds a character no reader can see, whatever the metadata holds:
 * bidirectional overrides and isolates (the Trojan Source trick), control characters, line
 * separators and noncharacters are left out, and the picture stays well-formed XML.
 */
class InvisibleCharactersOutTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  /** The characters planted: some invisible, some ordinary, in any order. */
  private static final String PLANTED =
      "\u202E\u2066\u2069\u200F\u0007\u0000\u001B\u2028\u0085\uFEFF\uFFFE\u00AD\u200D\tAz<&'\"";

  /** A TAG whose every text value holds {@code text}. */
  private static String tag(String text) {
    String q = YamlStrings.quoted(text);
    return "dir: tag-x\nname: "
        + q
        + "\nmission_statement: "
        + q
        + "\nleadership:\n  chairs:\n    - github: a\n      name: "
        + q
        + "\n      company: "
        + q
        + "\n      term: {start: 2025-07-01, end: 2027-06-30}\n"
        + "meetings:\n  - description: "
        + q
        + "\n    recurrence: {frequency: weekly, day: monday, time: \"10:00\", time_zone: UTC}\n"
        + "    zoom_url: "
        + YamlStrings.quoted("https://zoom.us/j/1" + text)
        + "\n";
  }

  /** Every page of every style, the calendar and the picture of {@code registry}. */
  private static List<String> outputs(TagRegistry registry) {
    List<String> outputs = new ArrayList<>();
    for (PageStyle style : PageStyle.values()) {
      for (GeneratedPage page :
          PageGenerator.builtIn().style(style).today(TODAY).render(registry, "tag.yaml")) {
        outputs.add(page.content());
      }
    }
    outputs.add(ICalendar.of(registry).text());
    outputs.add(
        TermsChart.svg(registry, java.util.Optional.of(TODAY), 30, "<!-- banner -->")
            .orElseThrow());
    return outputs;
  }

  private static void assertNoneInvisible(List<String> outputs) throws Exception {
    for (String output : outputs) {
      assertThat(InvisibleCharacters.first(output.replace("\r\n", "\n"))).as(output).isEmpty();
    }
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    xml.newDocumentBuilder()
        .parse(
            new ByteArrayInputStream(
                outputs.get(outputs.size() - 1).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void plantedCharactersAreLeftOutOfEveryOutput() throws Exception {
    TagRegistry registry = TagRegistry.parse(tag(PLANTED), "tag.yaml");
    List<String> outputs = outputs(registry);
    assertNoneInvisible(outputs);
    // What is visible stays, the joiner of emoji sequences included.
    assertThat(outputs.get(0)).contains("Az").contains("\u200D");
  }

  @Test
  void anyTextOfAnyCharactersLeavesNoneOfThemInAnyOutput() {
    Gen<String> texts =
        Gen.strings(PLANTED + "abc <>&#*_|[]()!-:;,\\", 1, 24).filter(t -> !t.isBlank());
    Properties.forAll(
        60, texts, text -> assertNoneInvisible(outputs(TagRegistry.parse(tag(text), "tag.yaml"))));
  }
}
