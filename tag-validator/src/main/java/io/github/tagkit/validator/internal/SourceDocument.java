package io.github.tagkit.validator.internal;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.spi.Fix;
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
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * A metadata file parsed once into a tree, with the position of every key and value. Block-style
 * YAML, which nearly every metadata file is, is read by {@link BlockYaml}; everything else by a
 * Jackson YAML parser through {@link TokenTree}. Problems of the text itself (syntax, duplicate
 * keys, aliases, limits) are collected as it is read instead of stopping at the first.
 */
final class SourceDocument {
  /** One parser factory per set of limits, built once: factories are thread-safe. */
  private static final Map<Limits, YAMLFactory> FACTORIES = new ConcurrentHashMap<>();

  private final String file;
  private final List<RawFinding> problems = new ArrayList<>();
  private final PositionIndex positions = new PositionIndex();
  private JsonNode root;
  private String text = "";

  /** The lines whose indentation had tabs, when the text was read with spaces for them. */
  private List<TabIndentation.Tab> tabs = List.of();

  private SourceDocument(String file) {
    this.file = file;
  }

  /**
   * Parses {@code content}, which findings call {@code file}; never throws for bad content: see
   * {@link #problems()}.
   */
  static SourceDocument parse(byte[] content, Limits limits, String file) {
    return parse(content, limits, file, true);
  }

  /**
   * Parses {@code content}, trying the fast reader of block-style YAML first when {@code
   * blockYaml}; with it or without, the tree, positions and problems are the same.
   */
  static SourceDocument parse(byte[] content, Limits limits, String file, boolean blockYaml) {
    return parse(content, limits, file, blockYaml, true);
  }

  private static SourceDocument parse(
      byte[] content, Limits limits, String file, boolean blockYaml, boolean untab) {
    SourceDocument document = new SourceDocument(file);
    String text = new String(content, StandardCharsets.UTF_8);
    // Bytes that are not UTF-8 decode to U+FFFD; only then is the file looked at byte by byte.
    if (text.indexOf('\uFFFD') >= 0 && document.syntaxProblem(content)) {
      return document;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    document.text = text;
    if (text.isBlank()) {
      document.problems.add(RawFinding.ofFile(BuiltInChecks.EMPTY_FILE, file, "the file is empty"));
      return document;
    }
    if (blockYaml) {
      document.root = BlockYaml.read(text, limits, document.positions);
    }
    if (document.root == null) {
      document.positions.clear();
      document.readWithParser(text, limits);
    }
    if (untab && document.root == null && TabIndentation.present(text)) {
      return document.readWithoutTabs(limits, blockYaml);
    }
    return document;
  }

  /**
   * This unreadable text read again with the tabs of its indentation as the spaces they stand for,
   * when that makes it YAML: each tab a finding at its place, and the rest of the file checked as
   * if it had been spaces. Positions are those of the file as written.
   */
  private SourceDocument readWithoutTabs(Limits limits, boolean blockYaml) {
    for (TabIndentation.Reading reading : TabIndentation.readings(text)) {
      SourceDocument spaced =
          parse(reading.text().getBytes(StandardCharsets.UTF_8), limits, file, blockYaml, false);
      if (spaced.root == null
          || spaced.problems.stream().anyMatch(p -> p.check() == BuiltInChecks.YAML_SYNTAX)) {
        continue;
      }
      spaced.text = text;
      spaced.tabs = reading.tabs();
      List<RawFinding> problems = new ArrayList<>();
      for (TabIndentation.Tab tab : spaced.tabs) {
        problems.add(
            new RawFinding(
                BuiltInChecks.YAML_SYNTAX,
                file,
                "",
                new Position(tab.line(), tab.column()),
                "a tab in the indentation: YAML indents with spaces only; indent this line with "
                    + tab.spaced()
                    + " spaces (the rest of the file is checked as if it were)"));
      }
      for (RawFinding problem : spaced.problems) {
        problems.add(
            new RawFinding(
                problem.check(),
                problem.file(),
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

  /** The file as findings name it. */
  String file() {
    return file;
  }

  /** The file's text, without a byte order mark. */
  String text() {
    return text;
  }

  /**
   * {@code raw} with its fix's replacement worked out from this file's text when a report first
   * asks for it (SARIF does; a log or a text report never does, so a plain validation builds no
   * editor); the text is kept for that only while such a finding is.
   */
  RawFinding resolved(RawFinding raw) {
    if (raw.fix().isEmpty()) {
      return raw;
    }
    Fix fix = raw.fix().get();
    String source = text;
    return raw.withFix(fix.withReplacement(() -> Fixes.replacement(fix, source, file)));
  }

  private static YAMLFactory factory(Limits limits) {
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

  private void readWithParser(String text, Limits limits) {
    try (JsonParser parser = factory(limits).createParser(ObjectReadContext.empty(), text)) {
      try {
        if (parser.nextToken() == null) {
          problems.add(
              RawFinding.ofFile(BuiltInChecks.EMPTY_FILE, file, "the file holds no YAML document"));
          return;
        }
        root = TokenTree.read(parser, positions, limits.maxStringLength(), problems, file);
        if (root.isNull()) {
          root = null;
          problems.add(
              RawFinding.ofFile(
                  BuiltInChecks.EMPTY_FILE, file, "the file's YAML document is empty"));
          return;
        }
        if (parser.nextToken() != null) {
          problems.add(
              new RawFinding(
                  BuiltInChecks.YAML_SYNTAX,
                  file,
                  "",
                  Position.of(parser.currentTokenLocation()),
                  "the file holds more than one YAML document; keep the metadata in one"));
        }
      } catch (StreamConstraintsException e) {
        root = null;
        problems.add(
            new RawFinding(
                BuiltInChecks.RESOURCE_LIMIT,
                file,
                "",
                Position.of(parser.currentLocation()),
                "the file goes beyond what metadata needs: " + limit(e, limits)));
      } catch (JacksonException e) {
        root = null;
        if (!syntaxProblem(text.getBytes(StandardCharsets.UTF_8))) {
          problems.add(
              new RawFinding(
                  BuiltInChecks.YAML_SYNTAX,
                  file,
                  "",
                  Position.of(e.getLocation()),
                  "malformed YAML: " + firstLine(e.getOriginalMessage())));
        }
      }
    }
  }

  /**
   * Adds what stops {@code content} from being read as YAML, in the words of the model's reader;
   * whether there was such a problem.
   */
  private boolean syntaxProblem(byte[] content) {
    Optional<TagFileException> problem = TagRegistry.reader().syntaxProblem(content, file);
    problem.ifPresent(
        p ->
            problems.add(
                new RawFinding(
                    BuiltInChecks.YAML_SYNTAX,
                    file,
                    "",
                    new Position(p.line(), p.column()),
                    p.problem())));
    return problem.isPresent();
  }

  private static String limit(StreamConstraintsException e, Limits limits) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "values nest more than " + limits.maxNestingDepth() + " levels deep (maxNestingDepth)";
    }
    if (message.contains("String value length")) {
      return "a value is longer than " + limits.maxStringLength() + " characters (maxStringLength)";
    }
    return firstLine(message);
  }

  private static String firstLine(String message) {
    String text = message == null ? "unreadable input" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }

  /** The parsed tree; absent when the text could not be parsed at all. */
  Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** The problems of the text itself, in the order they were found. */
  List<RawFinding> problems() {
    return problems;
  }

  /**
   * Where the value at {@code pointer} is: the position of its key, or of the value for list
   * entries and the root; for a pointer the file lacks, its nearest ancestor that it has.
   */
  Position position(String pointer) {
    return root == null ? Position.NONE : original(positions.find(root, pointer, false));
  }

  /** Where the value itself at {@code pointer} starts (for a key, where its value starts). */
  Position valuePosition(String pointer) {
    return root == null ? Position.NONE : original(positions.find(root, pointer, true));
  }
}
