package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.Baseline;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.spi.Severity;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The baseline file, {@code .tagkit-baseline.json}: {@code {"tagkitBaseline": 1, "findings":
 * [{"fingerprint", "rule", "severity", "file", "line", "pointer", "message"}, ...]}}, one finding
 * to an object, with Jackson's streaming parser and generator.
 */
public final class BaselineJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int VERSION = 1;

  private static final ObjectWriteContext INDENTED =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          DefaultIndenter lines = new DefaultIndenter("  ", "\n");
          return new DefaultPrettyPrinter()
              .withObjectIndenter(lines)
              .withArrayIndenter(lines)
              .withSeparators(
                  DefaultPrettyPrinter.DEFAULT_SEPARATORS.withObjectNameValueSpacing(
                      tools.jackson.core.util.Separators.Spacing.AFTER));
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private BaselineJson() {}

  /** {@code entries} as the file holds them, ending in a line break. */
  public static String write(List<Baseline.Entry> entries) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(INDENTED, out)) {
      json.writeStartObject();
      json.writeNumberProperty("tagkitBaseline", VERSION);
      json.writeArrayPropertyStart("findings");
      for (Baseline.Entry entry : entries) {
        json.writeStartObject();
        json.writeStringProperty("fingerprint", entry.fingerprint());
        json.writeStringProperty("rule", entry.ruleId());
        json.writeStringProperty("severity", entry.severity().label());
        json.writeStringProperty("file", entry.file());
        json.writeNumberProperty("line", entry.line());
        json.writeStringProperty("pointer", entry.pointer());
        json.writeStringProperty("message", entry.message());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    return out.append('\n').toString();
  }

  /**
   * The entries of a baseline file's {@code text}; a {@link ConfigurationException} ({@code
   * baseline}) naming {@code name}, line and column when it is not one.
   */
  public static List<Baseline.Entry> read(String text, String name) {
    try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
      try {
        return entries(parser, name);
      } catch (JacksonException e) {
        Position at = Position.of(e.getLocation());
        throw problem(name, at, "is not JSON: " + firstLine(e.getOriginalMessage()));
      }
    }
  }

  private static List<Baseline.Entry> entries(JsonParser parser, String name) {
    expect(parser, parser.nextToken() == JsonToken.START_OBJECT, name, "an object");
    List<Baseline.Entry> entries = new ArrayList<>();
    boolean versioned = false;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (property) {
        case "tagkitBaseline" -> {
          expect(
              parser,
              value == JsonToken.VALUE_NUMBER_INT && parser.getIntValue() == VERSION,
              name,
              "tagkitBaseline: " + VERSION);
          versioned = true;
        }
        case "findings" -> {
          expect(parser, value == JsonToken.START_ARRAY, name, "a list of findings");
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            entries.add(entry(parser, name));
          }
          expect(parser, parser.currentToken() == JsonToken.END_ARRAY, name, "a finding");
        }
        default -> parser.skipChildren();
      }
    }
    if (!versioned) {
      throw problem(
          name,
          Position.NONE,
          "is not a tagkit baseline (no \"tagkitBaseline\": "
              + VERSION
              + "); write it with 'mvn tag:baseline'");
    }
    return entries;
  }

  private static Baseline.Entry entry(JsonParser parser, String name) {
    Position start = Position.of(parser.currentTokenLocation());
    Map<String, String> strings = new HashMap<>();
    int line = 0;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String property = parser.currentName();
      JsonToken value = parser.nextToken();
      if (property.equals("line")) {
        expect(parser, value == JsonToken.VALUE_NUMBER_INT, name, "a line number");
        line = parser.getIntValue();
      } else if (value == JsonToken.VALUE_STRING) {
        strings.put(property, parser.getString());
      } else {
        parser.skipChildren();
      }
    }
    for (String required : List.of("fingerprint", "rule", "severity", "file")) {
      if (!strings.containsKey(required)) {
        throw problem(name, start, "a finding has no \"" + required + "\"");
      }
    }
    Severity severity;
    try {
      severity = Severity.valueOf(strings.get("severity").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw problem(
          name,
          start,
          "severity '" + strings.get("severity") + "' is not one of error, warning, info");
    }
    return new Baseline.Entry(
        strings.get("fingerprint"),
        strings.get("rule"),
        severity,
        strings.get("file"),
        line,
        strings.getOrDefault("pointer", ""),
        strings.getOrDefault("message", ""));
  }

  private static void expect(JsonParser parser, boolean met, String name, String what) {
    if (!met) {
      throw problem(
          name,
          Position.of(parser.currentTokenLocation()),
          "expected " + what + ", found " + parser.currentToken());
    }
  }

  private static ConfigurationException problem(String name, Position at, String message) {
    String where = at.line() > 0 ? name + ":" + at.line() + ":" + at.column() : name;
    return new ConfigurationException("baseline", where + ": " + message);
  }

  private static String firstLine(String message) {
    String text = message == null ? "unreadable input" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}
