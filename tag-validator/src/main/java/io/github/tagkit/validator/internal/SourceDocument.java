package io.github.tagkit.validator.internal;

import io.github.tagkit.model.internal.YamlProblems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/**
 * A metadata file parsed once into a tree, with the position of every key and value by JSON
 * pointer: the one place where pointers become line:column. Problems of the text itself (syntax,
 * duplicate keys, aliases) are collected as it is read instead of stopping at the first.
 */
public final class SourceDocument {
  private static final Map<Limits, YAMLMapper> MAPPERS =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A problem found while reading the text: the rule id, where, and what. */
  public record Problem(String ruleId, String pointer, Position position, String message) {}

  private final String text;
  private final Limits limits;
  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Position> values = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private JsonNode root;

  /** Positions from the fast reader, in place of the maps above. */
  private BlockYaml.Spots spots;

  private SourceDocument(String text, Limits limits) {
    this.text = text;
    this.limits = limits;
  }

  /** One mapper per set of limits, built once: mappers are thread-safe and costly to make. */
  private static YAMLMapper mapper(Limits limits) {
    return MAPPERS.computeIfAbsent(
        limits,
        l ->
            YAMLMapper.builder(
                    YAMLFactory.builder()
                        .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
                        .streamReadConstraints(
                            StreamReadConstraints.builder()
                                .maxNestingDepth(l.maxNestingDepth())
                                .maxStringLength(l.maxStringLength())
                                .build())
                        .build())
                .build());
  }

  /** Parses {@code content}; never throws for bad content: see {@link #problems()}. */
  public static SourceDocument parse(byte[] content) {
    return parse(content, Limits.DEFAULT);
  }

  /** Parses {@code content} within {@code limits}. */
  public static SourceDocument parse(byte[] content, Limits limits) {
    return parse(content, limits, true);
  }

  /**
   * Parses {@code content}, trying the fast reader of block-style YAML first when {@code
   * blockYaml}; with it or without, the tree, positions and problems are the same.
   */
  static SourceDocument parse(byte[] content, Limits limits, boolean blockYaml) {
    String text = new String(content, StandardCharsets.UTF_8);
    // Bytes that are not UTF-8 decode to U+FFFD; only then is the file looked at byte by byte.
    Optional<YamlProblems.Problem> invalid =
        text.indexOf('\uFFFD') < 0 ? Optional.empty() : YamlProblems.invalidUtf8(content);
    if (invalid.isPresent()) {
      SourceDocument document = new SourceDocument("", limits);
      YamlProblems.Problem problem = invalid.get();
      document.problems.add(
          new Problem(
              "yaml-syntax",
              "",
              new Position(problem.line(), problem.column()),
              problem.message()));
      return document;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    SourceDocument document = new SourceDocument(text, limits);
    document.read(blockYaml);
    return document;
  }

  private void read(boolean blockYaml) {
    if (text.isBlank()) {
      problems.add(new Problem("empty-file", "", Position.NONE, "the file is empty"));
      return;
    }
    if (blockYaml) {
      BlockYaml.Spots read = new BlockYaml.Spots();
      root = BlockYaml.read(text, limits, read);
      if (root != null) {
        spots = read;
        return;
      }
    }
    JsonParser parser = null;
    try {
      parser = mapper(limits).createParser(text);
      if (parser.nextToken() == null) {
        problems.add(
            new Problem("empty-file", "", Position.NONE, "the file holds no YAML document"));
        return;
      }
      root = value(parser, "");
      if (root.isNull()) {
        root = null;
        problems.add(
            new Problem("empty-file", "", Position.NONE, "the file's YAML document is empty"));
        return;
      }
      if (parser.nextToken() != null) {
        problems.add(
            new Problem(
                "yaml-syntax",
                "",
                Position.of(parser.currentTokenLocation()),
                "the file holds more than one YAML document; keep the metadata in one"));
      }
    } catch (StreamConstraintsException e) {
      root = null;
      String message = String.valueOf(e.getOriginalMessage());
      String limit =
          message.contains("nesting depth")
              ? "values nest more than "
                  + limits.maxNestingDepth()
                  + " levels deep (maxNestingDepth)"
              : message.contains("String value length")
                  ? "a value is longer than "
                      + limits.maxStringLength()
                      + " characters (maxStringLength)"
                  : YamlProblems.firstLine(message);
      problems.add(
          new Problem(
              "resource-limit",
              "",
              parser == null ? Position.NONE : Position.of(parser.currentLocation()),
              "the file goes beyond what metadata needs: " + limit));
    } catch (JacksonException e) {
      root = null;
      problems.add(syntaxProblem(e));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static Problem syntaxProblem(JacksonException e) {
    YamlProblems.Problem problem = YamlProblems.malformed(e);
    return new Problem(
        "yaml-syntax", "", new Position(problem.line(), problem.column()), problem.message());
  }

  private JsonNode value(JsonParser parser, String pointer) {
    values.put(pointer, Position.of(parser.currentTokenLocation()));
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          Position at = Position.of(parser.currentTokenLocation());
          String child = pointer + "/" + escape(name);
          parser.nextToken();
          if (object.has(name)) {
            problems.add(
                new Problem(
                    "duplicate-key",
                    child,
                    at,
                    "duplicate key '"
                        + name
                        + "' in "
                        + (pointer.isEmpty() ? "the root" : pointer)
                        + "; the first one, at line "
                        + keys.get(child).line()
                        + ", is used"));
            parser.skipChildren();
          } else {
            keys.put(child, at);
            object.set(name, value(parser, child));
          }
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + index++));
        }
        return array;
      }
      case VALUE_STRING -> {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          problems.add(
              new Problem(
                  "yaml-alias",
                  pointer,
                  values.get(pointer),
                  "YAML alias '*"
                      + parser.getString()
                      + "' is not supported; write the value out"));
        }
        String value = parser.getString();
        if (value.length() > limits.maxStringLength()) {
          problems.add(
              new Problem(
                  "resource-limit",
                  pointer,
                  values.get(pointer),
                  "the file goes beyond what metadata needs: a value is longer than "
                      + limits.maxStringLength()
                      + " characters (maxStringLength)"));
          value = value.substring(0, limits.maxStringLength());
        }
        return NODES.stringNode(value);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return parser.getNumberType() == JsonParser.NumberType.INT
                || parser.getNumberType() == JsonParser.NumberType.LONG
            ? NODES.numberNode(parser.getLongValue())
            : NODES.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> {
        return NODES.stringNode(parser.getString());
      }
    }
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** The parsed tree; absent when the text could not be parsed at all. */
  public java.util.Optional<JsonNode> root() {
    return java.util.Optional.ofNullable(root);
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
    if (spots != null) {
      return spots.find(root, pointer, false);
    }
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Position key = keys.get(p);
      if (key != null) {
        return key;
      }
      Position value = values.get(p);
      if (value != null) {
        return value;
      }
      if (p.isEmpty()) {
        return Position.NONE;
      }
    }
  }

  /** Where the value itself at {@code pointer} starts (for a key, where its value starts). */
  public Position valuePosition(String pointer) {
    if (spots != null) {
      return spots.find(root, pointer, true);
    }
    Position value = values.get(pointer);
    return value != null ? value : position(pointer);
  }
}
