package io.github.tagkit.model.internal;

import java.math.BigDecimal;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A fast reader for the block-style YAML that metadata files are written in: nested block mappings
 * and sequences, one-line plain and quoted scalars, literal ({@code |}) and folded ({@code >})
 * block scalars with their chomping indicators, comments and blank lines. It produces exactly the
 * tree and positions that reading the text with Jackson's YAML parser (snakeyaml-engine) does, and
 * declines everything else: flow collections, anchors and aliases, tags, block scalars with an
 * explicit indentation indicator, multi-line flow scalars, the rarer escapes, tabs, unusual
 * characters, duplicate keys, anything beyond a limit and every syntax error. Declined text is read
 * by Jackson, which stays the reference and the source of every message about malformed YAML; the
 * two are compared on generated and damaged documents by {@code BlockYamlTest}, and what the reader
 * saves is measured in {@code benchmarks/README.md}.
 */
final class BlockYaml {
  /** snakeyaml-engine's default limit on the size of a document, in code points. */
  private static final int CODE_POINT_LIMIT = 3 * 1024 * 1024;

  /** snakeyaml-engine stops treating a scalar as a key after 1024 characters; stay well inside. */
  private static final int MAX_KEY_LENGTH = 1000;

  /** The recursion stays shallow whatever the configured nesting limit. */
  private static final int MAX_DEPTH = 500;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Unwinds the reader when the text is not in the subset; carries no stack trace. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }

  private static final Declined DECLINED = new Declined();

  private final String s;

  /** The text's characters: indexing an array is cheaper than {@code charAt} before the JIT. */
  private final char[] chars;

  private final int n;
  private final int maxDepth;
  private final int maxStringLength;
  private final PositionIndex spots;

  /** Where the reader is, the line it is on (from 0) and where that line starts. */
  private int pos;

  private int line;
  private int lineStart;

  private BlockYaml(String text, char[] chars, ReadLimits limits, PositionIndex spots) {
    this.s = text;
    this.chars = chars;
    this.n = chars.length;
    this.maxDepth = Math.min(limits.maxNestingDepth(), MAX_DEPTH);
    this.maxStringLength = limits.maxStringLength();
    this.spots = spots;
  }

  /**
   * The tree of {@code text}, with the positions of its keys and values in {@code spots}; {@code
   * null} when the text is not in the subset this reader handles.
   */
  static JsonNode read(String text, ReadLimits limits, PositionIndex spots) {
    if (text.length() >= CODE_POINT_LIMIT) {
      return null;
    }
    char[] chars = text.toCharArray();
    if (!plainCharacters(chars)) {
      return null;
    }
    try {
      return new BlockYaml(text, chars, limits, spots).document();
    } catch (Declined e) {
      return null;
    }
  }

  /**
   * Whether the text holds only characters the reader handles the way snakeyaml-engine does:
   * printable ASCII, line feeds (alone or after a carriage return) and printable characters of the
   * Basic Multilingual Plane. Tabs, other controls, surrogate pairs (whose columns snakeyaml counts
   * as one) and the Unicode line separators are left to Jackson.
   */
  private static boolean plainCharacters(char[] text) {
    for (int i = 0, length = text.length; i < length; i++) {
      char c = text[i];
      if (c >= 0x20 && c <= 0x7E || c == '\n') {
        continue;
      }
      if (c == '\r' && i + 1 < length && text[i + 1] == '\n') {
        continue;
      }
      if (c < 0xA0
          || c >= 0xD800 && c <= 0xDFFF
          || c == 0x2028
          || c == 0x2029
          || c == 0xFEFF
          || c >= 0xFFFE) {
        return false;
      }
    }
    return true;
  }

  private JsonNode document() {
    skipToContent(true);
    if (pos < n && column() == 0 && marker("---")) {
      pos += 3;
      endOfLine();
      skipToContent(false);
    }
    if (pos == n) {
      throw DECLINED;
    }
    char first = chars[pos];
    if (!(first == '-' && blankAt(pos + 1)) && keyEnd() < 0) {
      throw DECLINED; // a document that is a single scalar
    }
    JsonNode root = node(-1, 1);
    if (pos != n) {
      throw DECLINED;
    }
    return root;
  }

  /**
   * The block node whose first character is at {@code pos}, inside a collection at {@code parent}.
   */
  private JsonNode node(int parent, int depth) {
    int column = column();
    char c = chars[pos];
    if (c == '-' && blankAt(pos + 1)) {
      return sequence(column, depth, false);
    }
    if (keyEnd() >= 0) {
      return mapping(column, depth);
    }
    return scalarLines(parent);
  }

  private ObjectNode mapping(int column, int depth) {
    if (depth > maxDepth) {
      throw DECLINED;
    }
    int start = here();
    ObjectNode object = entries(column, depth);
    spots.close(start);
    return object;
  }

  private ObjectNode entries(int column, int depth) {
    ObjectNode object = NODES.objectNode();
    while (true) {
      int keyLine = line;
      int keyColumn = column();
      int colon = keyEnd();
      if (colon < 0) {
        throw DECLINED; // a line in a mapping that is not a key
      }
      String name = key(colon);
      spots.add(keyLine + 1, keyColumn + 1);
      pos = colon + 1;
      if (object.putIfAbsent(name, value(column, depth, pos)) != null) {
        throw DECLINED; // Jackson's reading reports duplicates with their message
      }
      if (!goesOn(column)) {
        return object;
      }
    }
  }

  /**
   * After an entry, whether the collection at {@code column} goes on: the next content line starts
   * at that column. It ends at the end of the text or at a line indented less; a line indented more
   * is an error left to Jackson.
   */
  private boolean goesOn(int column) {
    if (pos == n || column() < column) {
      return false;
    }
    if (column() > column) {
      throw DECLINED;
    }
    return true;
  }

  /**
   * The value after a key's colon ({@code afterColon}): on the same line, on the lines below, or
   * absent; leaves the reader at the next content line.
   */
  private JsonNode value(int column, int depth, int afterColon) {
    skipSpaces();
    if (pos == n || isBreak(chars[pos]) || chars[pos] == '#') {
      int emptyLine = line;
      int emptyColumn = afterColon - lineStart;
      endOfLine();
      skipToContent(false);
      if (pos < n && column() > column) {
        return node(column, depth + 1);
      }
      if (pos < n && column() == column && chars[pos] == '-' && blankAt(pos + 1)) {
        return sequence(column, depth + 1, true);
      }
      spots.add(emptyLine + 1, emptyColumn + 1);
      return NODES.nullNode();
    }
    return scalarLines(column);
  }

  private ArrayNode sequence(int column, int depth, boolean indentless) {
    if (depth > maxDepth) {
      throw DECLINED;
    }
    int start = here();
    ArrayNode array = items(column, depth, indentless);
    spots.close(start);
    return array;
  }

  private ArrayNode items(int column, int depth, boolean indentless) {
    ArrayNode array = NODES.arrayNode();
    while (true) {
      int afterDash = pos + 1;
      pos = afterDash;
      skipSpaces();
      if (pos == n || isBreak(chars[pos]) || chars[pos] == '#') {
        int emptyLine = line;
        int emptyColumn = afterDash - lineStart;
        endOfLine();
        skipToContent(false);
        if (pos < n && column() > column) {
          array.add(node(column, depth + 1));
        } else {
          spots.add(emptyLine + 1, emptyColumn + 1);
          array.add(NODES.nullNode());
        }
      } else if (chars[pos] == '-' && blankAt(pos + 1)) {
        throw DECLINED; // a sequence in a sequence on one line
      } else if (keyEnd() >= 0) {
        array.add(mapping(column(), depth + 1));
      } else {
        array.add(scalarLines(column));
      }
      if (!goesOn(column)) {
        return array;
      }
      if (!(chars[pos] == '-' && blankAt(pos + 1))) {
        if (indentless) {
          return array; // the mapping that holds the sequence goes on
        }
        throw DECLINED;
      }
    }
  }

  /**
   * The scalar at {@code pos} in a collection at column {@code parent}, with the rest of its line
   * (or, for a block scalar, its lines); leaves the reader at the next content line.
   */
  private JsonNode scalarLines(int parent) {
    char c = chars[pos];
    JsonNode scalar;
    if (c == '|' || c == '>') {
      scalar = NODES.stringNode(checked(blockScalar(parent)));
    } else {
      scalar = scalar();
      endOfLine();
    }
    afterScalar(parent);
    return scalar;
  }

  /**
   * The text of the literal ({@code |}) or folded ({@code >}) block scalar at {@code pos}, read the
   * way snakeyaml-engine's scanner reads it (indentation found from the first content line, its
   * folding and chomping); an explicit indentation indicator is declined.
   */
  private String blockScalar(int parent) {
    here();
    boolean folded = chars[pos] == '>';
    pos++;
    char chomping = pos < n && (chars[pos] == '-' || chars[pos] == '+') ? chars[pos++] : ' ';
    if (pos < n && chars[pos] >= '0' && chars[pos] <= '9') {
      throw DECLINED;
    }
    endOfLine();
    StringBuilder breaks = new StringBuilder();
    int maxEmptyIndent = 0;
    while (pos < n && (chars[pos] == ' ' || isBreak(chars[pos]))) {
      if (chars[pos] == ' ') {
        pos++;
        maxEmptyIndent = Math.max(maxEmptyIndent, column());
      } else {
        breaks.append('\n');
        newLine();
      }
    }
    if (column() > 0 && column() < maxEmptyIndent) {
      throw DECLINED;
    }
    int indent = Math.max(Math.max(parent + 1, 1), column());
    StringBuilder text = new StringBuilder();
    boolean lineBreak = false;
    while (column() == indent && pos < n) {
      text.append(breaks);
      boolean leadingNonSpace = chars[pos] != ' ';
      int start = pos;
      while (pos < n && !isBreak(chars[pos])) {
        pos++;
      }
      text.append(s, start, pos);
      lineBreak = pos < n;
      if (lineBreak) {
        newLine();
      }
      breaks = blockScalarBreaks(indent);
      if (column() != indent || pos == n) {
        break;
      }
      if (folded && lineBreak && leadingNonSpace && chars[pos] != ' ') {
        if (breaks.isEmpty()) {
          text.append(' ');
        }
      } else if (lineBreak) {
        text.append('\n');
      }
    }
    if (chomping != '-' && lineBreak) {
      text.append('\n');
    }
    if (chomping == '+') {
      text.append(breaks);
    }
    return text.toString();
  }

  /** Past empty lines inside a block scalar, each up to {@code indent} spaces; their breaks. */
  private StringBuilder blockScalarBreaks(int indent) {
    StringBuilder breaks = new StringBuilder();
    skipSpacesTo(indent);
    while (pos < n && isBreak(chars[pos])) {
      breaks.append('\n');
      newLine();
      skipSpacesTo(indent);
    }
    return breaks;
  }

  private void skipSpacesTo(int indent) {
    while (column() < indent && pos < n && chars[pos] == ' ') {
      pos++;
    }
  }

  /**
   * After a scalar and its line: the next content line must not be indented deeper than the
   * collection that holds the scalar, where it would continue a multi-line scalar or be an error.
   */
  private void afterScalar(int parent) {
    skipToContent(false);
    if (pos < n && column() > parent) {
      throw DECLINED;
    }
  }

  /**
   * If a simple key starts at {@code pos} (a one-line plain or quoted scalar followed by a colon
   * and a blank), the index of that colon; otherwise -1. Does not move the reader.
   */
  private int keyEnd() {
    char c = chars[pos];
    int end;
    if (c == '"' || c == '\'') {
      end = quotedEnd(pos);
      if (end < 0) {
        return -1;
      }
      while (end < n && chars[end] == ' ') {
        end++;
      }
    } else if (plainStart(pos)) {
      end = plainEnd(pos);
    } else {
      return -1;
    }
    if (end < n && chars[end] == ':' && blankAt(end + 1)) {
      if (end - pos > MAX_KEY_LENGTH) {
        throw DECLINED;
      }
      return end;
    }
    return -1;
  }

  /** The text of the key that starts at {@code pos} and ends before the colon at {@code colon}. */
  private String key(int colon) {
    char c = chars[pos];
    if (c == '"' || c == '\'') {
      return quoted(pos, quotedEnd(pos));
    }
    int end = colon;
    while (chars[end - 1] == ' ') {
      end--;
    }
    return s.substring(pos, end);
  }

  /** The scalar value at {@code pos}, as Jackson's YAML parser types it; moves past it. */
  private JsonNode scalar() {
    char c = chars[pos];
    here();
    if (c == '"' || c == '\'') {
      int end = quotedEnd(pos);
      if (end < 0) {
        throw DECLINED;
      }
      String text = quoted(pos, end);
      pos = end;
      return NODES.stringNode(checked(text));
    }
    if (!plainStart(pos)) {
      throw DECLINED; // flow collections, anchors, aliases, tags, block scalars, reserved marks
    }
    int end = plainEnd(pos);
    if (end < n && chars[end] == ':') {
      throw DECLINED; // a mapping value where none is allowed
    }
    int last = end;
    while (chars[last - 1] == ' ') {
      last--;
    }
    String text = checked(s.substring(pos, last));
    pos = end;
    return plain(text);
  }

  /**
   * A plain scalar typed as Jackson's YAML parser types it, by the YAML 1.2 JSON schema of
   * snakeyaml-engine's {@link JsonScalarResolver}: {@code null}, {@code true}, {@code false},
   * integers, and floats (as decimals, which is how Jackson reads them); everything else is text.
   * The resolver's own patterns decide; the cheap tests before them only skip what cannot match.
   */
  static JsonNode plain(String text) {
    char c = text.charAt(0);
    if (c == 'n' || c == 't' || c == 'f') {
      return switch (text) {
        case "null" -> NODES.nullNode();
        case "true" -> NODES.booleanNode(true);
        case "false" -> NODES.booleanNode(false);
        default -> NODES.stringNode(text);
      };
    }
    if (c == '-' || c == '.' || c >= '0' && c <= '9') {
      if (JsonScalarResolver.INT.matcher(text).matches()) {
        if (text.length() > 18) {
          throw DECLINED;
        }
        return TokenTree.integer(Long.parseLong(text));
      }
      if (JsonScalarResolver.FLOAT.matcher(text).matches()) {
        if (text.length() > 100) {
          throw DECLINED; // Jackson's limit on a number's length is its to report
        }
        try {
          return NODES.numberNode(new BigDecimal(text)); // as Jackson reads a float: a decimal
        } catch (NumberFormatException e) {
          throw DECLINED; // .inf and .nan, which Jackson reads as doubles
        }
      }
    }
    return NODES.stringNode(text);
  }

  private String checked(String text) {
    if (text.length() > maxStringLength) {
      throw DECLINED;
    }
    return text;
  }

  /** Whether a plain scalar may start at {@code i} in block context. */
  private boolean plainStart(int i) {
    char c = chars[i];
    return switch (c) {
      case '-', '?', ':' -> !blankAt(i + 1);
      case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> false;
      default -> !isBreak(c) && c != ' ';
    };
  }

  /**
   * Where the one-line plain scalar starting at {@code from} stops: at a colon followed by a blank,
   * at a comment, or at the end of the line (then after trailing spaces).
   */
  private int plainEnd(int from) {
    int i = from;
    while (i < n) {
      char c = chars[i];
      if (isBreak(c) || c == ':' && blankAt(i + 1) || c == '#' && chars[i - 1] == ' ') {
        return i;
      }
      i++;
    }
    return i;
  }

  /** The index after the closing quote of the scalar quoted at {@code from}, or -1. */
  private int quotedEnd(int from) {
    char quote = chars[from];
    for (int i = from + 1; i < n; i++) {
      char c = chars[i];
      if (isBreak(c)) {
        return -1; // multi-line: folding is Jackson's
      }
      if (c == quote) {
        if (quote == '\'' && i + 1 < n && chars[i + 1] == '\'') {
          i++;
          continue;
        }
        return i + 1;
      }
      if (c == '\\' && quote == '"') {
        i++;
      }
    }
    return -1;
  }

  /** The text of the quoted scalar from {@code from} to {@code end} (after its closing quote). */
  private String quoted(int from, int end) {
    char quote = chars[from];
    String body = s.substring(from + 1, end - 1);
    if (quote == '\'') {
      return body.indexOf('\'') < 0 ? body : body.replace("''", "'");
    }
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder text = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\') {
        text.append(c);
        continue;
      }
      char escaped = body.charAt(++i);
      switch (escaped) {
        case '\\', '"', '/' -> text.append(escaped);
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'r' -> text.append('\r');
        default -> throw DECLINED; // the rarer escapes are Jackson's
      }
    }
    return text.toString();
  }

  /** Past spaces and an optional comment to the start of the next line; declines anything else. */
  private void endOfLine() {
    skipSpaces();
    if (pos == n) {
      return;
    }
    char c = chars[pos];
    if (c == '#') {
      if (chars[pos - 1] != ' ') {
        throw DECLINED;
      }
      while (pos < n && !isBreak(chars[pos])) {
        pos++;
      }
      if (pos == n) {
        return;
      }
      c = chars[pos];
    }
    if (!isBreak(c)) {
      throw DECLINED;
    }
    newLine();
  }

  /**
   * From the start of a line, past blank and comment lines to the first character of the next
   * content line, or to the end. Document markers and directives there are declined.
   */
  private void skipToContent(boolean atStart) {
    while (pos < n) {
      skipSpaces();
      if (pos == n) {
        return;
      }
      char c = chars[pos];
      if (c == '#') {
        while (pos < n && !isBreak(chars[pos])) {
          pos++;
        }
        if (pos == n) {
          return;
        }
        newLine();
      } else if (isBreak(c)) {
        newLine();
      } else {
        if (column() == 0 && (c == '%' || !atStart && (marker("---") || marker("...")))) {
          throw DECLINED;
        }
        return;
      }
    }
  }

  private boolean marker(String marker) {
    return s.startsWith(marker, pos) && blankAt(pos + 3);
  }

  private void skipSpaces() {
    while (pos < n && chars[pos] == ' ') {
      pos++;
    }
  }

  /** Past the line break at {@code pos} (LF or CRLF). */
  private void newLine() {
    pos += chars[pos] == '\r' ? 2 : 1;
    line++;
    lineStart = pos;
  }

  private int column() {
    return pos - lineStart;
  }

  /** Records the position of the value that starts here; returns its index. */
  private int here() {
    return spots.add(line + 1, pos - lineStart + 1);
  }

  /** Whether {@code i} is past the end, a space or a line break. */
  private boolean blankAt(int i) {
    return i >= n || chars[i] == ' ' || isBreak(chars[i]);
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
