package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What {@code mvn tag:help -Ddetail} shows, read from the plugin descriptor the build made: each
 * goal lists the parameters it uses and no other goal's.
 */
class GoalParametersTest {

  private static Map<String, List<String>> parameters() throws Exception {
    Element plugin = Xml.read(Path.of("target/classes/META-INF/maven/plugin.xml"));
    Map<String, List<String>> goals = new TreeMap<>();
    for (Element mojo : Xml.children(Xml.child(plugin, "mojos").orElseThrow())) {
      List<String> names =
          Xml.child(mojo, "parameters").map(Xml::children).orElse(List.of()).stream()
              .filter(p -> Xml.text(p, "editable").equals("true"))
              .map(p -> Xml.text(p, "name"))
              .toList();
      goals.put(Xml.text(mojo, "goal"), names);
    }
    return goals;
  }

  @Test
  void pageParametersBelongToTheGoalsThatRenderOrCheckPages() throws Exception {
    Map<String, List<String>> goals = parameters();
    List<String> pages = List.of("style", "templates", "charts", "emeritus");
    for (String goal : List.of("generate", "validate", "fix", "baseline")) {
      assertThat(goals.get(goal)).as(goal).containsAll(pages);
    }
    for (String goal : List.of("export", "rotate")) {
      assertThat(goals.get(goal)).as(goal).doesNotContainAnyElementsOf(pages);
    }
    assertThat(goals.get("generate")).contains("calendar", "adopt", "outputDirectory");
    assertThat(goals.get("validate")).contains("baseline", "reportDirectory", "formats");
    assertThat(goals.get("baseline")).contains("baseline").doesNotContain("formats", "failOn");
    assertThat(goals.get("export")).doesNotContain("baseline", "adopt", "calendar");
  }
}
