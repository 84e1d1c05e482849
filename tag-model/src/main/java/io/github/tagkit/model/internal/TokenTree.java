package io.github.tagkit.model.internal;

import io.github.tagkit.model.MetadataDocument.Position;
import io.github.tagkit.model.MetadataDocument.Problem;
import io.github.tagkit.model.MetadataDocument.ProblemKind;
import io.github.tagkit.model.Pointers;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The tree of a streaming parser's tokens: the one token-to-tree builder, for the shipped schema
 * and for the metadata files the fast reader declines. It makes the tree Jackson's mapper makes
 * (whole numbers as the smallest of int, long and big integer; other numbers as decimals) without
 * building a mapper, and, for a metadata file, records where every key and value is and collects
 * the problems of the text (duplicate keys, aliases, values over the length limit) instead of
 * stopping at the first.
 */
final class TokenTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final PositionIndex positions;
  private final int maxStringLength;
  private final List<Problem> problems;

  private TokenTree(
      JsonParser parser, PositionIndex positions, int maxStringLength, List<Problem> problems) {
    this.parser = parser;
    this.positions = positions;
    this.maxStringLength = maxStringLength;
    this.problems = problems;
  }

  /**
   * The value the parser stands on, and everything in it; for trusted text such as the schema: no
   * positions, no problems, and a duplicate key's last value wins.
   */
  static JsonNode read(JsonParser parser) {
    return new TokenTree(parser, null, Integer.MAX_VALUE, null).value("");
  }

  /**
   * The value the parser stands on, with the position of every key and value in {@code positions}
   * and the problems of the text in {@code problems}.
   */
  static JsonNode read(
      JsonParser parser, PositionIndex positions, int maxStringLength, List<Problem> problems) {
    return new TokenTree(parser, positions, maxStringLength, problems).value("");
  }

  /** A whole number as the smallest node that holds it, as Jackson's parsers type it. */
  static JsonNode integer(long value) {
    return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
  }

  private boolean located() {
    return positions != null;
  }

  private Position here() {
    return LocatedText.position(parser.currentTokenLocation());
  }

  private int mark() {
    if (!located()) {
      return -1;
    }
    Position at = here();
    return positions.add(at.line(), at.column());
  }

  private JsonNode value(String pointer) {
    int start = mark();
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = mapping(pointer);
        close(start);
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(located() ? Pointers.child(pointer, index++) : pointer));
        }
        close(start);
        yield array;
      }
      case VALUE_STRING -> NODES.stringNode(text(pointer, start));
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT, LONG -> integer(parser.getLongValue());
            default -> bigInteger(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> decimal();
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> NODES.stringNode(parser.getString());
    };
  }

  private ObjectNode mapping(String pointer) {
    ObjectNode object = NODES.objectNode();
    Map<String, Position> keys = located() ? new HashMap<>() : null;
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (!located()) {
        parser.nextToken();
        object.set(name, value(pointer));
        continue;
      }
      Position at = here();
      String child = Pointers.child(pointer, name);
      parser.nextToken();
      Position first = keys.putIfAbsent(name, at);
      if (first != null) {
        problems.add(
            new Problem(
                ProblemKind.DUPLICATE_KEY,
                child,
                at,
                "duplicate key '"
                    + name
                    + "' in "
                    + (pointer.isEmpty() ? "the root" : pointer)
                    + "; the first one, at line "
                    + first.line()
                    + ", is used"));
        parser.skipChildren();
      } else {
        positions.add(at.line(), at.column());
        object.set(name, value(child));
      }
    }
    return object;
  }

  private void close(int start) {
    if (located()) {
      positions.close(start);
    }
  }

  private String text(String pointer, int spot) {
    String value = parser.getString();
    if (!located()) {
      return value;
    }
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problems.add(
          new Problem(
              ProblemKind.ALIAS,
              pointer,
              positions.get(spot),
              "YAML alias '*" + value + "' is not supported; write the value out"));
    }
    if (value.length() > maxStringLength) {
      problems.add(
          new Problem(
              ProblemKind.RESOURCE_LIMIT,
              pointer,
              positions.get(spot),
              "the file goes beyond what metadata needs: a value is longer than "
                  + maxStringLength
                  + " characters (maxStringLength)"));
      value = value.substring(0, maxStringLength);
    }
    return value;
  }

  /**
   * A float as a decimal, as Jackson reads one; {@code .inf} and {@code .nan}, which no decimal
   * holds, as the doubles they are (Jackson 3.3's parser refuses them as decimals).
   */
  private JsonNode decimal() {
    try {
      return NODES.numberNode(parser.getDecimalValue());
    } catch (NumberFormatException e) {
      return NODES.numberNode(parser.getDoubleValue());
    }
  }

  private static JsonNode bigInteger(BigInteger value) {
    return value.bitLength() < 64 ? integer(value.longValue()) : NODES.numberNode(value);
  }
}
