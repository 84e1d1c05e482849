package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The picture of the excerpt's leadership terms the day after its tech leads' terms ended: one bar
 * per term, placed in proportion to its dates, today marked, ended and ending terms told apart by
 * pattern and label, every leader named.
 */
class TermsChartTest {
  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

  private final TagRegistry registry = read();
  private final Document svg =
      parse(TermsChart.svg(registry, Optional.of(DAY), 30, "<!-- test -->").orElseThrow());

  private static TagRegistry read() {
    try {
      return TagRegistry.read(ProjectFiles.excerpt());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  private List<Element> bars() {
    List<Element> bars = new ArrayList<>();
    NodeList rects = svg.getElementsByTagNameNS(SVG, "rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getAttribute("class").startsWith("bar")) {
        bars.add(rect);
      }
    }
    return bars;
  }

  private List<String> texts() {
    List<String> texts = new ArrayList<>();
    NodeList nodes = svg.getElementsByTagNameNS(SVG, "text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  @Test
  void isAnSvgDocumentWithATitle() {
    Element root = svg.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
    assertThat(svg.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())
        .isEqualTo("Leadership terms as of 2026-07-01");
  }

  @Test
  void oneBarPerTermNamedWithItsLeader() {
    List<Person> withTerms = new ArrayList<>();
    for (Group group : registry.groups()) {
      for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD)) {
        group.people(role).stream().filter(p -> p.term().isPresent()).forEach(withTerms::add);
      }
    }
    assertThat(bars()).hasSize(withTerms.size()).hasSizeGreaterThan(20);
    List<String> texts = texts();
    for (Person person : withTerms) {
      assertThat(texts).anyMatch(t -> t.startsWith(person.name().orElseThrow()));
    }
    // Each group with a term is a heading; a group whose leaders have no term has no row.
    for (Group group : registry.groups()) {
      boolean drawn =
          withTerms.stream()
              .anyMatch(
                  p ->
                      List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD).stream()
                          .anyMatch(r -> group.people(r).contains(p)));
      assertThat(texts.contains(group.name())).as(group.name()).isEqualTo(drawn);
    }
  }

  @Test
  void barsArePlacedInProportionToTheirDates() {
    List<Element> bars = bars();
    Element reference = bars.get(0);
    double scale = scale(reference);
    for (Element bar : bars) {
      assertThat(scale(bar)).isCloseTo(scale, org.assertj.core.data.Offset.offset(0.01));
      long days = ChronoUnit.DAYS.between(date(reference, "data-start"), date(bar, "data-start"));
      double dx = number(bar, "x") - number(reference, "x");
      assertThat(dx).isCloseTo(days * scale, org.assertj.core.data.Offset.offset(0.2));
    }
  }

  @Test
  void todayIsMarkedAndEndedAndEndingTermsDifferByPatternAndLabel() {
    assertThat(texts()).contains("today 2026-07-01");
    List<Element> ended =
        bars().stream().filter(b -> b.getAttribute("class").contains("ended")).toList();
    assertThat(ended).hasSize(5);
    assertThat(ended).allMatch(b -> b.getAttribute("fill").equals("url(#ended)"));
    assertThat(ended).allMatch(b -> date(b, "data-end").isBefore(DAY));
    assertThat(texts().stream().filter(t -> t.equals("ended"))).hasSize(5);
    List<Element> serving =
        bars().stream().filter(b -> b.getAttribute("class").contains("serving")).toList();
    assertThat(serving).allMatch(b -> date(b, "data-end").isAfter(DAY.plusDays(30)));
    TermsChart.svg(registry, Optional.of(LocalDate.of(2026, 6, 15)), 30, "<!-- test -->")
        .map(TermsChartTest::parse)
        .ifPresent(
            soon -> {
              NodeList rects = soon.getElementsByTagNameNS(SVG, "rect");
              int dotted = 0;
              for (int i = 0; i < rects.getLength(); i++) {
                if (((Element) rects.item(i)).getAttribute("fill").equals("url(#soon)")) {
                  dotted++;
                }
              }
              assertThat(dotted).isEqualTo(5);
            });
  }

  @Test
  void noLeaderWithATermNoPicture() {
    TagRegistry none = TagRegistry.parse("dir: tag-x\nname: TAG X\n", "tag.yaml");
    assertThat(TermsChart.svg(none, Optional.of(DAY), 30, "<!-- test -->")).isEmpty();
  }

  private static double scale(Element bar) {
    long days = ChronoUnit.DAYS.between(date(bar, "data-start"), date(bar, "data-end"));
    return number(bar, "width") / days;
  }

  private static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  private static LocalDate date(Element element, String attribute) {
    return LocalDate.parse(element.getAttribute(attribute));
  }
}
