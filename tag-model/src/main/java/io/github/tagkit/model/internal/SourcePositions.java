package io.github.tagkit.model.internal;

import io.github.tagkit.model.Pointers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds where the value at a JSON pointer stands in a file, for messages about whole values: one
 * pointer at a time, through the reader's own parser, and in a text that breaks off before the
 * pointer too. {@link SourceIndex} has every pointer of a whole file at once.
 */
public final class SourcePositions {
  private SourcePositions() {}

  /** A line and column, both from 1; {@link #UNKNOWN} is 0:0. */
  public record Position(int line, int column) {
    static final Position UNKNOWN = new Position(0, 0);

    static Position of(TokenStreamLocation location) {
      return location == null || location.getLineNr() < 1
          ? UNKNOWN
          : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
  }

  /**
   * The position of the key that holds the value at {@code pointer}, or of the value itself for a
   * list entry and the root. Where the file has no such value, the position of the nearest ancestor
   * that it has.
   */
  static Position of(ObjectMapper mapper, byte[] content, String pointer) {
    TokenStreamLocation found = null;
    try (JsonParser parser = mapper.createParser(content)) {
      JsonToken token = parser.nextToken();
      found = parser.currentTokenLocation();
      for (String segment : Pointers.segments(pointer)) {
        if (token == JsonToken.START_OBJECT) {
          token = null;
          for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; ) {
            if (parser.currentName().equals(segment)) {
              found = parser.currentTokenLocation();
              token = parser.nextToken();
              break;
            }
            parser.nextToken();
            parser.skipChildren();
            t = parser.nextToken();
          }
        } else if (token == JsonToken.START_ARRAY && segment.matches("\\d{1,9}")) {
          int wanted = Integer.parseInt(segment);
          token = null;
          int index = 0;
          for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.END_ARRAY; ) {
            if (index++ == wanted) {
              found = parser.currentTokenLocation();
              token = t;
              break;
            }
            parser.skipChildren();
            t = parser.nextToken();
          }
        } else {
          token = null;
        }
        if (token == null) {
          break;
        }
      }
    } catch (JacksonException e) {
      // The file breaks off before the pointer: keep the nearest ancestor found so far.
    }
    return Position.of(found);
  }

  /**
   * {@code at} moved to where {@code key} starts on its line: parsers report some problems at the
   * end of the key rather than at its start.
   */
  static Position onLine(byte[] content, Position at, String key) {
    if (at.line() < 1) {
      return at;
    }
    String[] lines = new String(content, StandardCharsets.UTF_8).split("\\R", -1);
    if (at.line() > lines.length) {
      return at;
    }
    int column = lines[at.line() - 1].indexOf(key);
    return column < 0 ? at : new Position(at.line(), column + 1);
  }

  /** The JSON pointer (RFC 6901) of a path of keys and list indexes. */
  static String pointer(List<?> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : path) {
      pointer.append('/').append(Pointers.escape(segment.toString()));
    }
    return pointer.toString();
  }
}
