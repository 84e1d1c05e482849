package io.github.tagkit.pages;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.Term;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A picture of the leadership: for each group, one bar per leader's term on a time axis all groups
 * share, today marked. A term that has ended is hatched and labelled "ended", one that ends within
 * the warning days is dotted and labelled "ends soon", so they differ by pattern and words as well
 * as by colour; every bar is named. Written with the JDK's XML writer, so names are escaped.
 */
final class TermsChart {
  /** The file's name next to the pages. */
  static final String FILE = "leadership-terms.svg";

  static final int WIDTH = 960;
  static final int LABEL_WIDTH = 300;
  static final int AXIS_LEFT = LABEL_WIDTH + 10;
  static final int AXIS_RIGHT = WIDTH - 110;
  static final int ROW = 22;
  static final int TOP = 60;

  private static final List<Role> ROLES = Role.leadership();

  private TermsChart() {}

  /** One bar: whose term, in which role. */
  record Bar(Group group, Role role, Person person, Term term) {}

  /** The bars of {@code registry}, group by group; empty when no leader has a term. */
  static List<Bar> bars(TagRegistry registry) {
    List<Bar> bars = new ArrayList<>();
    for (Group group : registry.groups()) {
      for (Role role : ROLES) {
        for (Person person : group.people(role)) {
          person.term().ifPresent(term -> bars.add(new Bar(group, role, person, term)));
        }
      }
    }
    return bars;
  }

  /**
   * The picture, or none when no leader of {@code registry} has a term. With {@code today}, that
   * day is marked, terms that ended before it are "ended" and those ending within {@code
   * warningDays} of it "ends soon"; without, the picture shows the terms alone, and is the same
   * picture on every day.
   */
  static Optional<String> svg(
      TagRegistry registry, Optional<LocalDate> marked, int warningDays, String banner) {
    List<Bar> bars = bars(registry);
    if (bars.isEmpty()) {
      return Optional.empty();
    }
    LocalDate first = marked.orElse(bars.get(0).term().start());
    LocalDate last = marked.orElse(bars.get(0).term().end());
    for (Bar bar : bars) {
      first = bar.term().start().isBefore(first) ? bar.term().start() : first;
      last = bar.term().end().isAfter(last) ? bar.term().end() : last;
    }
    first = first.withDayOfMonth(1);
    last = last.plusMonths(1).withDayOfMonth(1);
    long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
    List<Group> groups = new ArrayList<>();
    bars.forEach(
        b -> {
          if (!groups.contains(b.group())) {
            groups.add(b.group());
          }
        });
    int height = TOP + (bars.size() + groups.size()) * ROW + 30;
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartElement("svg");
      xml.writeDefaultNamespace("http://www.w3.org/2000/svg");
      attributes(
          xml,
          "width",
          WIDTH,
          "height",
          height,
          "viewBox",
          "0 0 " + WIDTH + " " + height,
          "role",
          "img",
          "font-family",
          "sans-serif",
          "font-size",
          12);
      xml.writeComment(banner.replaceFirst("^<!--", "").replaceFirst("-->$", ""));
      if (marked.isPresent()) {
        element(xml, "title", "Leadership terms as of " + marked.get());
        element(
            xml,
            "desc",
            "One bar per leader's term, from its start to its end, on a shared time axis; the line"
                + " marks today. Hatched bars have ended, dotted bars end within "
                + warningDays
                + " days.");
      } else {
        element(xml, "title", "Leadership terms");
        element(
            xml,
            "desc",
            "One bar per leader's term, from its start to its end, on a shared time axis.");
      }
      defs(xml);
      xml.writeEmptyElement("rect");
      attributes(xml, "width", WIDTH, "height", height, "fill", "#ffffff");
      axis(xml, first, last, span, height);
      int y = TOP;
      Group current = null;
      for (Bar bar : bars) {
        if (bar.group() != current) {
          current = bar.group();
          xml.writeStartElement("text");
          attributes(xml, "x", 8, "y", y + 15, "font-weight", "bold", "font-size", 13);
          characters(xml, current.name());
          xml.writeEndElement();
          y += ROW;
        }
        bar(xml, bar, marked, warningDays, first, span, y);
        y += ROW;
      }
      if (marked.isPresent()) {
        today(xml, marked.get(), first, span, height);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing the picture of the terms", e);
    }
    return Optional.of(out + "\n");
  }

  /** The line that marks {@code today}, and its label. */
  private static void today(
      XMLStreamWriter xml, LocalDate today, LocalDate first, long span, int height)
      throws XMLStreamException {
    line(
        xml, x(today, first, span), TOP - 12, x(today, first, span), height - 20, "#c62828", "4 3");
    xml.writeStartElement("text");
    attributes(
        xml,
        "x",
        x(today, first, span) + 4,
        "y",
        TOP - 14,
        "fill",
        "#c62828",
        "font-weight",
        "bold");
    characters(xml, "today " + today);
    xml.writeEndElement();
  }

  /** Where on the axis {@code day} is. */
  static double x(LocalDate day, LocalDate first, long span) {
    return AXIS_LEFT
        + (double) (AXIS_RIGHT - AXIS_LEFT) * ChronoUnit.DAYS.between(first, day) / span;
  }

  private static void bar(
      XMLStreamWriter xml,
      Bar bar,
      Optional<LocalDate> marked,
      int warningDays,
      LocalDate first,
      long span,
      int y)
      throws XMLStreamException {
    boolean ended = marked.isPresent() && bar.term().end().isBefore(marked.get());
    boolean soon =
        marked.isPresent()
            && !ended
            && !bar.term().end().isAfter(marked.get().plusDays(warningDays));
    String status = ended ? "ended" : soon ? "ends soon" : marked.isPresent() ? "serving" : "";
    Person p = bar.person();
    String name = p.name().orElse("") + p.github().map(h -> " (@" + h.strip() + ")").orElse("");
    xml.writeStartElement("text");
    attributes(xml, "x", 20, "y", y + 15);
    characters(xml, name.strip() + ", " + bar.role().title().toLowerCase(Locale.ROOT));
    xml.writeEndElement();
    double x1 = x(bar.term().start(), first, span);
    double x2 = x(bar.term().end(), first, span);
    xml.writeStartElement("rect");
    attributes(
        xml,
        "class",
        "bar " + (ended ? "ended" : soon ? "soon" : "serving"),
        "x",
        x1,
        "y",
        y + 4,
        "width",
        Math.max(1, x2 - x1),
        "height",
        14,
        "fill",
        ended ? "url(#ended)" : soon ? "url(#soon)" : "#1565c0",
        "stroke",
        ended ? "#616161" : soon ? "#e65100" : "#0d47a1",
        "data-start",
        bar.term().start().toString(),
        "data-end",
        bar.term().end().toString());
    element(
        xml,
        "title",
        name.strip()
            + ": "
            + bar.term().start()
            + " to "
            + bar.term().end()
            + (status.isEmpty() ? "" : ", " + status));
    xml.writeEndElement();
    if (ended || soon) {
      xml.writeStartElement("text");
      attributes(xml, "x", x2 + 4, "y", y + 15, "fill", ended ? "#424242" : "#bf360c");
      characters(xml, status);
      xml.writeEndElement();
    }
  }

  private static void axis(
      XMLStreamWriter xml, LocalDate first, LocalDate last, long span, int height)
      throws XMLStreamException {
    line(xml, AXIS_LEFT, TOP - 20, AXIS_RIGHT, TOP - 20, "#9e9e9e", null);
    for (LocalDate year = first.withDayOfYear(1).plusYears(1);
        year.isBefore(last);
        year = year.plusYears(1)) {
      double x = x(year, first, span);
      line(xml, x, TOP - 24, x, height - 20, "#e0e0e0", null);
      xml.writeStartElement("text");
      attributes(xml, "x", x, "y", TOP - 28, "text-anchor", "middle", "fill", "#616161");
      characters(xml, String.valueOf(year.getYear()));
      xml.writeEndElement();
    }
  }

  private static void defs(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeStartElement("defs");
    xml.writeStartElement("pattern");
    attributes(
        xml,
        "id",
        "ended",
        "width",
        6,
        "height",
        6,
        "patternUnits",
        "userSpaceOnUse",
        "patternTransform",
        "rotate(45)");
    xml.writeEmptyElement("rect");
    attributes(xml, "width", 6, "height", 6, "fill", "#e0e0e0");
    xml.writeEmptyElement("line");
    attributes(xml, "x1", 0, "y1", 0, "x2", 0, "y2", 6, "stroke", "#616161", "stroke-width", 2);
    xml.writeEndElement();
    xml.writeStartElement("pattern");
    attributes(xml, "id", "soon", "width", 5, "height", 5, "patternUnits", "userSpaceOnUse");
    xml.writeEmptyElement("rect");
    attributes(xml, "width", 5, "height", 5, "fill", "#ffb74d");
    xml.writeEmptyElement("circle");
    attributes(xml, "cx", 2.5, "cy", 2.5, "r", 1.2, "fill", "#e65100");
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void line(
      XMLStreamWriter xml, double x1, double y1, double x2, double y2, String stroke, String dash)
      throws XMLStreamException {
    xml.writeEmptyElement("line");
    attributes(xml, "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", stroke);
    if (dash != null) {
      xml.writeAttribute("stroke-dasharray", dash);
    }
  }

  /**
   * {@code text} as the text of the current element, without the characters XML 1.0 does not allow
   * and those no reader sees ({@link InvisibleCharacters}): the picture stays well-formed and shows
   * what the names hold.
   */
  private static void characters(XMLStreamWriter xml, String text) throws XMLStreamException {
    xml.writeCharacters(InvisibleCharacters.removed(text));
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    characters(xml, text);
    xml.writeEndElement();
  }

  private static void attributes(XMLStreamWriter xml, Object... pairs) throws XMLStreamException {
    for (int i = 0; i < pairs.length; i += 2) {
      Object value = pairs[i + 1];
      String text =
          value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(value);
      xml.writeAttribute((String) pairs[i], text);
    }
  }
}
