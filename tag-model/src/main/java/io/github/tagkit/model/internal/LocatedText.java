package io.github.tagkit.model.internal;

import io.github.tagkit.model.MetadataDocument.Position;
import io.github.tagkit.model.MetadataDocument.Problem;
import io.github.tagkit.model.MetadataDocument.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * A metadata file's text parsed once into a tree, with the position of every key and value and the
 * problems of the text: the one parse behind {@link io.github.tagkit.model.MetadataDocument}, which
 * every goal reads through. Block-style YAML, which nearly every metadata file is, is read by
 * {@link BlockYaml}; everything else by Jackson's YAML parser through {@link TokenTree}. Problems
 * of the text itself (syntax, duplicate keys, aliases, limits) are collected as it is read instead
 * of stopping at the first.
 */
public final class LocatedText {
  /** One parser factory per set of limits, built once: factories are thread-safe. */
  private static final Map<ReadLimits, YAMLFactory> FACTORIES = new ConcurrentHashMap<>();

  private static final Map<ReadLimits, JsonFactory> JSON_FACTORIES = new ConcurrentHashMap<>();

  private final List<Problem> problems = new ArrayList<>();
  private final PositionIndex positions = new PositionIndex();
  private JsonNode root;
  private String text = "";

  /** The lines whose indentation had tabs, when the text was read with spaces for them. */
  private List<TabIndentation.Tab> tabs = List.of();

  private LocatedText() {}

  /** Parses {@code content}; never throws for bad content: see {@link #problems()}. */
  public static LocatedText parse(byte[] content, ReadLimits limits) {
    return parse(content, limits, true);
  }

  /**
   * Parses {@code content}, trying the fast reader of block-style YAML first when {@code
   * blockYaml}; with it or without, the tree, positions and problems are the same.
   */
  static LocatedText parse(byte[] content, ReadLimits limits, boolean blockYaml) {
    return parse(content, limits, blockYaml, true);
  }

  private static LocatedText parse(
      byte[] content, ReadLimits limits, boolean blockYaml, boolean untab) {
    LocatedText document = new LocatedText();
    String text = new String(content, StandardCharsets.UTF_8);
    // Bytes that are not UTF-8 decode to U+FFFD; only then is the file looked at byte by byte.
    if (text.indexOf('\uFFFD') >= 0) {
      Optional<YamlProblems.Problem> invalid = YamlProblems.invalidUtf8(content);
      if (invalid.isPresent()) {
        document.problems.add(syntax(invalid.get()));
        return document;
      }
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    document.text = text;
    if (text.isBlank()) {
      document.problems.add(new Problem(ProblemKind.EMPTY, "", Position.NONE, "the file is empty"));
      return document;
    }
    if (blockYaml) {
      document.root = BlockYaml.read(text, limits, document.positions);
    }
    if (document.root == null && json(text)) {
      document.positions.clear();
      document.readJson(text, limits);
    }
    if (document.root == null) {
      document.positions.clear();
      document.problems.clear();
      document.readWithParser(text, limits);
    }
    if (untab && document.root == null && TabIndentation.present(text)) {
      return document.readWithoutTabs(limits, blockYaml);
    }
    return document;
  }

  private static Problem syntax(YamlProblems.Problem problem) {
    return new Problem(
        ProblemKind.SYNTAX, "", new Position(problem.line(), problem.column()), problem.message());
  }

  /**
   * This unreadable text read again with the tabs of its indentation as the spaces they stand for,
   * when that makes it YAML: each tab a problem at its place, and the rest of the file read as if
   * it had been spaces. Positions are those of the file as written.
   */
  private LocatedText readWithoutTabs(ReadLimits limits, boolean blockYaml) {
    for (TabIndentation.Reading reading : TabIndentation.readings(text)) {
      LocatedText spaced =
          parse(reading.text().getBytes(StandardCharsets.UTF_8), limits, blockYaml, false);
      if (spaced.root == null
          || spaced.problems.stream().anyMatch(p -> p.kind() == ProblemKind.SYNTAX)) {
        continue;
      }
      spaced.text = text;
      spaced.tabs = reading.tabs();
      List<Problem> problems = new ArrayList<>();
      for (TabIndentation.Tab tab : spaced.tabs) {
        problems.add(
            new Problem(
                ProblemKind.SYNTAX,
                "",
                new Position(tab.line(), tab.column()),
                "a tab in the indentation: YAML indents with spaces only; indent this line with "
                    + tab.spaced()
                    + " spaces (the rest of the file is checked as if it were)"));
      }
      for (Problem problem : spaced.problems) {
        problems.add(
            new Problem(
                problem.kind(),
                problem.pointer(),
                spaced.original(problem.position()),
                problem.message()));
      }
      spaced.problems.clear();
      spaced.problems.addAll(problems);
      return spaced;
    }
    return this;
  }

  /** {@code position} in the spaced text, as a position in the file as written. */
  private Position original(Position position) {
    for (TabIndentation.Tab tab : tabs) {
      if (tab.line() == position.line()) {
        return new Position(position.line(), tab.originalColumn(position.column()));
      }
    }
    return position;
  }

  /** The file's text, without a byte order mark. */
  public String text() {
    return text;
  }

  private static YAMLFactory factory(ReadLimits limits) {
    return FACTORIES.computeIfAbsent(
        limits,
        l ->
            YAMLFactory.builder()
                .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                .streamReadConstraints(
                    StreamReadConstraints.builder()
                        .maxNestingDepth(l.maxNestingDepth())
                        .maxStringLength(l.maxStringLength())
                        .build())
                .build());
  }

  /** Whether the text starts as a JSON object does, which JSON's own parser reads faster. */
  private static boolean json(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return c == '{';
      }
    }
    return false;
  }

  /**
   * Reads JSON text with Jackson's JSON parser, which gives the tree and positions its YAML parser
   * gives; anything that is not one JSON object (YAML's flow style, a syntax error, text after it)
   * is left to the YAML parser, which words every problem.
   */
  private void readJson(String text, ReadLimits limits) {
    JsonFactory factory =
        JSON_FACTORIES.computeIfAbsent(
            limits,
            l ->
                JsonFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(l.maxNestingDepth())
                            .maxStringLength(l.maxStringLength())
                            .build())
                    .build());
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      parser.nextToken();
      JsonNode tree = TokenTree.read(parser, positions, limits.maxStringLength(), problems);
      if (parser.nextToken() == null) {
        root = tree;
      }
    } catch (JacksonException e) {
      root = null;
    }
  }

  private void readWithParser(String text, ReadLimits limits) {
    try (JsonParser parser = factory(limits).createParser(ObjectReadContext.empty(), text)) {
      try {
        if (parser.nextToken() == null) {
          problems.add(
              new Problem(ProblemKind.EMPTY, "", Position.NONE, "the file holds no YAML document"));
          return;
        }
        root = TokenTree.read(parser, positions, limits.maxStringLength(), problems);
        if (root.isNull()) {
          root = null;
          problems.add(
              new Problem(
                  ProblemKind.EMPTY, "", Position.NONE, "the file's YAML document is empty"));
          return;
        }
        if (parser.nextToken() != null) {
          problems.add(
              new Problem(
                  ProblemKind.SYNTAX,
                  "",
                  position(parser.currentTokenLocation()),
                  "the file holds more than one YAML document; keep the metadata in one"));
        }
      } catch (StreamConstraintsException e) {
        root = null;
        problems.add(
            new Problem(
                ProblemKind.RESOURCE_LIMIT,
                "",
                position(parser.currentLocation()),
                "the file goes beyond what metadata needs: " + limit(e, limits)));
      } catch (JacksonException e) {
        root = null;
        problems.add(syntax(YamlProblems.malformed(e)));
      }
    }
  }

  /** A parser's location as a position, {@link Position#NONE} when it has none. */
  static Position position(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? Position.NONE
        : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }

  private static String limit(StreamConstraintsException e, ReadLimits limits) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "values nest more than " + limits.maxNestingDepth() + " levels deep (maxNestingDepth)";
    }
    if (message.contains("String value length")) {
      return "a value is longer than " + limits.maxStringLength() + " characters (maxStringLength)";
    }
    return YamlProblems.firstLine(message);
  }

  /** The parsed tree; absent when the text could not be parsed at all. */
  public Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** The problems of the text itself, in the order they were found. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Where the value at {@code pointer} is: the position of its key, or of the value for list
   * entries and the root; for a pointer the file lacks, its nearest ancestor that it has.
   */
  public Position position(String pointer) {
    return root == null ? Position.NONE : original(positions.find(root, pointer, false));
  }

  /**
   * Where the value at {@code pointer} is named, as {@link #position(String)}; empty when the file
   * has no value there.
   */
  public Optional<Position> exactPosition(String pointer) {
    return root == null
        ? Optional.empty()
        : Optional.ofNullable(positions.findExact(root, pointer)).map(this::original);
  }

  /** Where the value itself at {@code pointer} starts (for a key, where its value starts). */
  public Position valuePosition(String pointer) {
    return root == null ? Position.NONE : original(positions.find(root, pointer, true));
  }
}
