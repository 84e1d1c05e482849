package io.github.tagkit.model.internal;

import io.github.tagkit.model.Pointers;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Edits of a block-style YAML text that change only the spans they mean to: the node tree
 * (SnakeYAML Engine's, with the start and end of every node) says where each key, value and list
 * item stands, and an edit replaces, removes or inserts whole lines or single scalars there.
 * Everything else (comments, blank lines, quoting, block scalars, empty keys, indentation, line
 * endings) is left as it is. Each edit is checked: the text it gives must load into the data the
 * same change gives when made to the loaded data, else it is refused.
 */
public final class YamlText {
  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setParseComments(false).build();
  private static final Yaml11Quoting QUOTING = new Yaml11Quoting();

  private final String text;
  private final Class<? extends Record> rootType;

  /** The node tree of {@code text}: made on first use, or handed over by the edit that made it. */
  private Node composed;

  /**
   * {@code text}, whose root is the record {@code rootType} ({@code TagRegistry}'s file layout or
   * {@code Tag}'s), which gives new keys their place among their siblings.
   */
  public YamlText(String text, Class<? extends Record> rootType) {
    this.text = Objects.requireNonNull(text, "text");
    this.rootType = Objects.requireNonNull(rootType, "rootType");
  }

  private YamlText(String text, Class<? extends Record> rootType, Node composed) {
    this(text, rootType);
    this.composed = composed;
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** Why an edit was refused. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  // The edits

  /** Sets the scalar at {@code pointer} to {@code value}, adding its key when it has none. */
  public YamlText set(String pointer, String value) {
    Located at = locate(root(), pointer);
    String edited;
    if (at == null) {
      edited = insertKey(pointer, value);
    } else if (at.value instanceof ScalarNode scalar) {
      if (isEmpty(scalar)) {
        int colon = afterColon(at.key);
        edited =
            text.substring(0, colon)
                + " "
                + scalar(value, Optional.empty())
                + text.substring(colon);
      } else {
        int start = offset(scalar.getStartMark());
        int end = scalarEnd(scalar);
        edited =
            text.substring(0, start)
                + scalar(value, Optional.of(scalar.getScalarStyle()))
                + text.substring(end);
      }
    } else {
      throw new Refused(pointer + " is a list or a mapping, not a value");
    }
    return checked(edited, data -> put(data, pointer, value), "set " + pointer);
  }

  /**
   * Sets the number or boolean at {@code pointer}, written as a plain literal, adding its key when
   * it has none.
   */
  public YamlText setLiteral(String pointer, Object value) {
    if (!(value instanceof Number || value instanceof Boolean)) {
      throw new Refused(pointer + ": " + value + " is not a number or a boolean");
    }
    String literal = String.valueOf(value);
    Located at = locate(root(), pointer);
    String edited;
    if (at == null) {
      edited = insertKey(pointer, null);
      return new YamlText(edited, rootType).setLiteral(pointer, value);
    } else if (at.value instanceof ScalarNode scalar && at.key != null) {
      int colon = afterColon(at.key);
      edited =
          isEmpty(scalar)
              ? text.substring(0, colon) + " " + literal + text.substring(colon)
              : text.substring(0, offset(scalar.getStartMark()))
                  + literal
                  + text.substring(scalarEnd(scalar));
    } else {
      throw new Refused(pointer + " is a list or a mapping, not a value");
    }
    return checked(edited, data -> put(data, pointer, value), "set " + pointer);
  }

  /**
   * Sets the value at {@code pointer} to the mapping {@code value} (text values, and mappings of
   * them), as block lines below its key; the key is added in its place when the mapping lacks it,
   * and must otherwise have no value.
   */
  public YamlText setMapping(String pointer, Map<String, ?> value) {
    if (value.isEmpty()) {
      throw new Refused("an empty mapping for " + pointer);
    }
    Located at = locate(root(), pointer);
    if (at == null) {
      return new YamlText(insertKey(pointer, null), rootType).setMapping(pointer, value);
    }
    if (at.key == null || !(at.value instanceof ScalarNode scalar) || !isEmpty(scalar)) {
      throw new Refused(pointer + " has a value already");
    }
    int keyStart = offset(at.key.getStartMark());
    int keyColumn = keyStart - lineStart(keyStart);
    int colon = afterColon(at.key);
    int eol = lineEnd(colon);
    StringBuilder block = new StringBuilder();
    block(block, value, pointer, keyColumn + 2, false);
    String rest = text.substring(colon, eol).stripTrailing(); // a comment after the key stays
    String edited = text.substring(0, colon) + rest + newline() + block + text.substring(eol);
    Object plain = plain(value);
    return checked(edited, data -> put(data, pointer, plain), "set " + pointer);
  }

  /** Adds the text {@code value} as a new item at the end of the list at {@code pointer}. */
  public YamlText addValue(String pointer, String value) {
    String edited = appended(pointer, "- " + scalar(value, Optional.empty()) + newline(), 0);
    return checked(edited, data -> append(data, pointer, value), "add to " + pointer);
  }

  /** Clears the value at {@code pointer}, leaving its key with no value ({@code lfx_id:}). */
  public YamlText clear(String pointer) {
    Located at = locate(root(), pointer);
    if (at == null || at.key == null) {
      throw new Refused(pointer + " is not a key of the file");
    }
    if (!(at.value instanceof ScalarNode scalar)) {
      throw new Refused(pointer + " is a list or a mapping, not a value");
    }
    if (isEmpty(scalar)) {
      return this;
    }
    int colon = afterColon(at.key);
    String edited = text.substring(0, colon) + text.substring(scalarEnd(scalar));
    return checked(edited, data -> putNull(data, pointer), "clear " + pointer);
  }

  @SuppressWarnings("unchecked")
  private static void putNull(Object data, String pointer) {
    Object parent = at(data, Pointers.parent(pointer));
    if (parent instanceof Map<?, ?> map) {
      ((Map<Object, Object>) map).put(Pointers.last(pointer), null);
    }
  }

  /** Removes the key at {@code pointer} with its value, or the list item at it. */
  public YamlText remove(String pointer) {
    Located at = locate(root(), pointer);
    if (at == null) {
      throw new Refused(pointer + " is not in the file");
    }
    return checked(removed(at, pointer), data -> delete(data, pointer), "remove " + pointer);
  }

  /** Removes the spaces and tabs at the end of {@code line} (from 1); the data stays the same. */
  public YamlText trimLineEnd(int line) {
    int start = 0;
    for (int i = 1; i < line; i++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        throw new Refused("the file has no line " + line);
      }
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    int trimmed = end;
    while (trimmed > start
        && (text.charAt(trimmed - 1) == ' ' || text.charAt(trimmed - 1) == '\t')) {
      trimmed--;
    }
    if (trimmed == end) {
      return this;
    }
    return checked(
        text.substring(0, trimmed) + text.substring(end), data -> {}, "trim line " + line);
  }

  /** Renames the key at {@code pointer} to {@code key}. */
  public YamlText rename(String pointer, String key) {
    Located at = locate(root(), pointer);
    if (at == null || at.key == null) {
      throw new Refused(pointer + " is not a key of the file");
    }
    int start = offset(at.key.getStartMark());
    int end = scalarEnd(at.key);
    String edited = text.substring(0, start) + scalar(key, Optional.empty()) + text.substring(end);
    return checked(edited, data -> renameIn(data, pointer, key), "rename " + pointer);
  }

  /**
   * Moves the list item at {@code from} to the end of the list at {@code to}, which is made where
   * the file has none. {@code dropKeys} are left out of the moved item.
   */
  public YamlText move(String from, String to, List<String> dropKeys) {
    YamlText current = this;
    for (String key : dropKeys) {
      String child = Pointers.child(from, key);
      if (locate(current.root(), child) != null) {
        current = current.remove(child);
      }
    }
    Located item = locate(current.root(), from);
    if (item == null || item.key != null) {
      throw new Refused(from + " is not a list item of the file");
    }
    String block = current.itemLines(item);
    int dash = indentOf(block);
    YamlText without = new YamlText(current.removed(item, from), rootType);
    String edited = without.appended(to, block, dash);
    Object moved = current.dataAt(from);
    return current.checked(
        edited,
        data -> {
          delete(data, from);
          append(data, to, moved);
        },
        "move " + from + " to " + to);
  }

  /**
   * Adds {@code entry} (text values, and mappings of them) as a new item at the end of the list at
   * {@code pointer}, which is made where the file has none; its keys in the records' key order.
   */
  public YamlText add(String pointer, Map<String, ?> entry) {
    if (entry.isEmpty()) {
      throw new Refused("an empty entry for " + pointer);
    }
    StringBuilder block = new StringBuilder();
    block(block, entry, pointer + "/0", 0, true);
    String edited = appended(pointer, block.toString(), 0);
    Object item = plain(entry);
    return checked(edited, data -> append(data, pointer, item), "add to " + pointer);
  }

  /**
   * Inserts {@code entry} into the list at {@code pointer} before its item {@code index}, on the
   * lines before that item's, indented as it is; at the end when {@code index} is the list's size.
   */
  public YamlText insert(String pointer, int index, Map<String, ?> entry) {
    Located at = locate(root(), pointer);
    if (!(at != null && at.value instanceof SequenceNode sequence)
        || index < 0
        || index > sequence.getValue().size()) {
      throw new Refused(pointer + " has no item " + index + " to insert before");
    }
    if (index == sequence.getValue().size()) {
      return add(pointer, entry);
    }
    if (entry.isEmpty()) {
      throw new Refused("an empty entry for " + pointer);
    }
    StringBuilder block = new StringBuilder();
    block(block, entry, pointer + "/0", 0, true);
    String nl = newline();
    String item = block.toString().endsWith("\n") ? block.toString() : block + nl;
    int start = offset(sequence.getValue().get(index).getStartMark());
    int from = lineStart(start);
    if (text.substring(from, start).strip().length() != 1) {
      throw new Refused(pointer + "/" + index + " does not start a line of its own");
    }
    String edited =
        text.substring(0, from) + reindent(item, 0, start - from - 2) + text.substring(from);
    Object plainEntry = plain(entry);
    return checked(
        edited, data -> insertIn(data, pointer, index, plainEntry), "insert into " + pointer);
  }

  @SuppressWarnings("unchecked")
  private static void insertIn(Object data, String pointer, int index, Object item) {
    if (at(data, pointer) instanceof List<?> items) {
      ((List<Object>) items).add(index, item);
    }
  }

  /** {@code entry} with its keys in {@code order}, the keys it does not name after them. */
  private static Map<String, ?> ordered(Map<String, ?> entry, List<String> order) {
    Map<String, Object> sorted = new LinkedHashMap<>();
    for (String key : order) {
      if (entry.containsKey(key) && entry.get(key) != null) {
        sorted.put(key, entry.get(key));
      }
    }
    for (Map.Entry<String, ?> e : entry.entrySet()) {
      if (!sorted.containsKey(e.getKey()) && e.getValue() != null) {
        sorted.put(e.getKey(), e.getValue());
      }
    }
    return sorted;
  }

  /**
   * The block lines of a mapping that will stand at {@code at}, its keys (and its mappings' keys)
   * in their records' order, the first after a dash when {@code item}.
   */
  private void block(
      StringBuilder out, Map<String, ?> unordered, String at, int indent, boolean item) {
    Map<String, ?> mapping = ordered(unordered, keyOrder(at));
    boolean first = true;
    for (Map.Entry<String, ?> e : mapping.entrySet()) {
      String prefix = item && first ? "- " : "  ";
      out.append(" ".repeat(indent))
          .append(item ? prefix : "")
          .append(scalar(e.getKey(), Optional.empty()))
          .append(':');
      if (e.getValue() instanceof Map<?, ?> nested) {
        out.append(newline());
        @SuppressWarnings("unchecked")
        Map<String, ?> child = (Map<String, ?>) nested;
        block(out, child, at + "/" + Pointers.escape(e.getKey()), indent + (item ? 4 : 2), false);
      } else {
        out.append(' ')
            .append(scalar(String.valueOf(e.getValue()), Optional.empty()))
            .append(newline());
      }
      first = false;
    }
  }

  /** {@code value} as the loaded data of its text: strings, and maps of them. */
  private static Object plain(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach(
          (k, v) -> {
            if (v != null) {
              out.put(String.valueOf(k), plain(v));
            }
          });
      return out;
    }
    return String.valueOf(value);
  }

  // Where things are

  private record Located(ScalarNode key, Node value, Node parent) {}

  /**
   * The node tree of {@code text}, each node with its start and end marks; empty for a text with no
   * document.
   *
   * @throws YamlEngineException when the text is not YAML
   */
  static Optional<Node> nodes(String text) {
    return new Composer(
            SETTINGS,
            new ParserImpl(SETTINGS, new ScannerImpl(SETTINGS, new StreamReader(SETTINGS, text))))
        .getSingleNode();
  }

  private Node root() {
    if (composed == null) {
      try {
        composed = nodes(text).orElseThrow(() -> new Refused("the file is empty"));
      } catch (YamlEngineException e) {
        throw new Refused("the file is not YAML: " + e.getMessage());
      }
    }
    return composed;
  }

  private static Located locate(Node root, String pointer) {
    Node node = root;
    ScalarNode key = null;
    Node parent = null;
    for (String segment : Pointers.segments(pointer)) {
      parent = node;
      if (node instanceof MappingNode mapping) {
        Node found = null;
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(segment)) {
            key = k;
            found = tuple.getValueNode();
          }
        }
        if (found == null) {
          return null;
        }
        node = found;
      } else if (node instanceof SequenceNode sequence && segment.matches("\\d{1,9}")) {
        int index = Integer.parseInt(segment);
        if (index >= sequence.getValue().size()) {
          return null;
        }
        key = null;
        node = sequence.getValue().get(index);
      } else {
        return null;
      }
    }
    return new Located(key, node, parent);
  }

  private int offset(Optional<Mark> mark) {
    int codePoints = mark.orElseThrow(() -> new Refused("a node without a position")).getIndex();
    return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
  }

  /** Where a scalar's text ends: a block scalar's last line, without its line break. */
  private int scalarEnd(ScalarNode scalar) {
    int end = offset(scalar.getEndMark());
    ScalarStyle style = scalar.getScalarStyle();
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
        end--;
      }
    }
    return end;
  }

  /** Where the content of {@code node} ends: the end of its last scalar. */
  private int contentEnd(Node node) {
    if (node instanceof ScalarNode scalar) {
      // An empty value has no text: its position is that of what follows it.
      return isEmpty(scalar) ? -1 : scalarEnd(scalar);
    }
    int end = offset(node.getStartMark());
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        end = Math.max(end, contentEnd(tuple.getKeyNode()));
        end = Math.max(end, contentEnd(tuple.getValueNode()));
      }
      if (mapping.getValue().isEmpty()) {
        end = Math.max(end, offset(node.getEndMark()));
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        end = Math.max(end, contentEnd(item));
      }
      if (sequence.getValue().isEmpty()) {
        end = Math.max(end, offset(node.getEndMark()));
      }
    }
    return end;
  }

  private static boolean isEmpty(ScalarNode scalar) {
    return scalar.getScalarStyle() == ScalarStyle.PLAIN
        && scalar.getValue().isEmpty()
        && scalar.getStartMark().equals(scalar.getEndMark());
  }

  private int lineStart(int offset) {
    int start = offset;
    while (start > 0 && text.charAt(start - 1) != '\n') {
      start--;
    }
    return start;
  }

  /** The offset after the line break of the line {@code offset} is on (or the text's end). */
  private int lineEnd(int offset) {
    int end = text.indexOf('\n', offset);
    return end < 0 ? text.length() : end + 1;
  }

  private int afterColon(ScalarNode key) {
    int colon = text.indexOf(':', scalarEnd(key));
    if (colon < 0) {
      throw new Refused("no ':' after the key " + key.getValue());
    }
    return colon + 1;
  }

  private String newline() {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  // Text edits

  /** The lines of a list item, from its dash to the end of its last line. */
  private String itemLines(Located item) {
    int start = lineStart(offset(item.value.getStartMark()));
    String prefix = text.substring(start, offset(item.value.getStartMark()));
    if (!prefix.strip().equals("-")) {
      throw new Refused("a list item that does not start its own line");
    }
    return text.substring(start, lineEnd(contentEnd(item.value)));
  }

  private String removed(Located at, String pointer) {
    if (at.key == null) {
      String lines = itemLines(at);
      int start = lineStart(offset(at.value.getStartMark()));
      String without = text.substring(0, start) + text.substring(start + lines.length());
      if (at.parent instanceof SequenceNode sequence && sequence.getValue().size() == 1) {
        return new YamlText(without, rootType).emptyList(Pointers.parent(pointer));
      }
      return without;
    }
    int keyStart = offset(at.key.getStartMark());
    int start = lineStart(keyStart);
    if (!text.substring(start, keyStart).isBlank()) {
      // The first key of a list item ("- name: x"): the next key moves up to its place.
      MappingNode mapping = (MappingNode) at.parent;
      List<NodeTuple> tuples = mapping.getValue();
      int index = -1;
      for (int i = 0; i < tuples.size(); i++) {
        if (tuples.get(i).getKeyNode() == at.key) {
          index = i;
        }
      }
      if (index + 1 >= tuples.size()) {
        throw new Refused("removing " + pointer + " would leave an empty list item");
      }
      int next = offset(tuples.get(index + 1).getKeyNode().getStartMark());
      return text.substring(0, keyStart) + text.substring(next);
    }
    return text.substring(0, start) + text.substring(lineEnd(entryEnd(at.key, at.value)));
  }

  /** Where a mapping entry's text ends: its value's, or its colon's when it has no value. */
  private int entryEnd(ScalarNode key, Node value) {
    return Math.max(afterColon(key), contentEnd(value));
  }

  /** The list at {@code pointer}, left with no item, as {@code key: []}. */
  private String emptyList(String pointer) {
    Located at = locate(root(), pointer);
    if (at == null || at.key == null) {
      throw new Refused(pointer + " would be left an empty list outside a mapping");
    }
    int colon = afterColon(at.key);
    int end = at.value instanceof ScalarNode s && isEmpty(s) ? colon : contentEnd(at.value);
    return text.substring(0, colon) + " []" + text.substring(Math.max(colon, end));
  }

  /** The text with {@code block} (list item lines, dash at {@code dash}) at the end of a list. */
  private String appended(String pointer, String block, int dash) {
    String nl = newline();
    String item = block.endsWith("\n") ? block : block + nl;
    Located at = locate(root(), pointer);
    if (at != null && at.value instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
      Node last = sequence.getValue().get(sequence.getValue().size() - 1);
      int lastStart = offset(last.getStartMark());
      int indent = lastStart - lineStart(lastStart) - 2;
      int end = lineEnd(contentEnd(last));
      String tail = text.substring(0, end);
      String lead = tail.endsWith("\n") ? "" : nl;
      return tail + lead + reindent(item, dash, indent) + text.substring(end);
    }
    String key = Pointers.last(pointer);
    if (at != null && at.key != null) {
      // An empty list or no value: the items go on the lines below the key.
      int keyColumn = offset(at.key.getStartMark()) - lineStart(offset(at.key.getStartMark()));
      int colon = afterColon(at.key);
      int end = at.value instanceof ScalarNode s && isEmpty(s) ? colon : contentEnd(at.value);
      int eol = lineEnd(end);
      String rest = text.substring(Math.max(colon, end), eol).stripTrailing();
      return text.substring(0, colon)
          + rest.replaceFirst("^\\s*\\[\\s*\\]", "")
          + nl
          + reindent(item, dash, keyColumn + sequenceOffset())
          + text.substring(eol);
    }
    // No key yet: one, in its place among its siblings.
    String edited = insertKey(pointer, null);
    YamlText withKey = new YamlText(edited, rootType);
    return withKey.appended(pointer, block, dash);
  }

  /** How far the file indents a list's dashes from its key (0 or 2), from its first list. */
  private int sequenceOffset() {
    Node root = root();
    Integer found = firstSequenceOffset(root);
    return found == null ? 2 : found;
  }

  private Integer firstSequenceOffset(Node node) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getValueNode() instanceof SequenceNode sequence
            && !sequence.getValue().isEmpty()
            && tuple.getKeyNode() instanceof ScalarNode key) {
          int keyStart = offset(key.getStartMark());
          int itemStart = offset(sequence.getValue().get(0).getStartMark());
          if (lineStart(itemStart) != lineStart(keyStart)) {
            return (itemStart - lineStart(itemStart) - 2) - (keyStart - lineStart(keyStart));
          }
        }
        Integer inner = firstSequenceOffset(tuple.getValueNode());
        if (inner != null) {
          return inner;
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        Integer inner = firstSequenceOffset(item);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  private static String reindent(String block, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (String line : block.split("(?<=\n)", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.isBlank()) {
        out.append(line);
      } else if (to >= from) {
        out.append(" ".repeat(to - from)).append(line);
      } else {
        int cut = Math.min(from - to, indentOf(line));
        out.append(line.substring(cut));
      }
    }
    return out.toString();
  }

  /**
   * The text with the key of {@code pointer} added to its mapping, after the last sibling that
   * comes before it in the records' key order; {@code value} on its line, or none.
   */
  private String insertKey(String pointer, String value) {
    String parentPointer = Pointers.parent(pointer);
    String key = Pointers.last(pointer);
    Located parent =
        parentPointer.isEmpty() ? new Located(null, root(), null) : locate(root(), parentPointer);
    if (parent == null || !(parent.value instanceof MappingNode mapping)) {
      throw new Refused(parentPointer + " is not a mapping of the file");
    }
    List<NodeTuple> tuples = mapping.getValue();
    if (tuples.isEmpty()) {
      throw new Refused(parentPointer + " is an empty mapping");
    }
    List<String> order = keyOrder(parentPointer);
    int wanted = order.indexOf(key);
    NodeTuple after = null;
    for (NodeTuple tuple : tuples) {
      String existing = ((ScalarNode) tuple.getKeyNode()).getValue();
      int at = order.indexOf(existing);
      if (wanted >= 0 && at >= 0 && at < wanted) {
        after = tuple;
      }
    }
    ScalarNode firstKey = (ScalarNode) tuples.get(0).getKeyNode();
    int firstStart = offset(firstKey.getStartMark());
    int column = firstStart - lineStart(firstStart);
    String line =
        " ".repeat(column)
            + scalar(key, Optional.empty())
            + ":"
            + (value == null ? "" : " " + scalar(value, Optional.empty()))
            + newline();
    boolean firstOnDashLine = !text.substring(lineStart(firstStart), firstStart).isBlank();
    if (after == null && !firstOnDashLine) {
      int start = lineStart(firstStart);
      return text.substring(0, start) + line + text.substring(start);
    }
    NodeTuple previous = after == null ? tuples.get(0) : after;
    int end = lineEnd(entryEnd((ScalarNode) previous.getKeyNode(), previous.getValueNode()));
    String head = text.substring(0, end);
    return head + (head.endsWith("\n") ? "" : newline()) + line + text.substring(end);
  }

  /** The keys of the record at {@code pointer}, in their order; empty where it is not a record. */
  private List<String> keyOrder(String pointer) {
    Type type = rootType;
    for (String segment : Pointers.segments(pointer)) {
      Class<?> raw = raw(type);
      if (raw == List.class || raw == Optional.class) {
        type = argument(type);
        raw = raw(type);
        if (segment.matches("\\d{1,9}")) {
          continue;
        }
      }
      if (!raw.isRecord()) {
        return List.of();
      }
      Type next = null;
      for (RecordComponent component : raw.getRecordComponents()) {
        if (Keys.key(component).equals(segment)) {
          next = component.getGenericType();
        }
      }
      if (next == null) {
        return List.of();
      }
      type = next;
    }
    while (raw(type) == List.class || raw(type) == Optional.class) {
      type = argument(type);
    }
    Class<?> raw = raw(type);
    if (!raw.isRecord()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    Class<? extends Record> record = (Class<? extends Record>) raw;
    return Keys.of(record);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  private static Type argument(Type type) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
  }

  /** {@code value} as a scalar: in {@code style} where it can be, plain where it is safe. */
  private String scalar(String value, Optional<ScalarStyle> style) {
    boolean plainSafe = plainSafe(value);
    ScalarStyle wanted = style.orElse(ScalarStyle.PLAIN);
    if (wanted == ScalarStyle.SINGLE_QUOTED && !value.contains("\n")) {
      return "'" + value.replace("'", "''") + "'";
    }
    if (wanted == ScalarStyle.PLAIN && plainSafe) {
      return value;
    }
    if (wanted != ScalarStyle.DOUBLE_QUOTED && plainSafe) {
      return value;
    }
    return doubleQuoted(value);
  }

  /**
   * Whether {@code value} reads back as itself as a plain scalar, for YAML 1.1 and 1.2 readers: no
   * indicator at its start, no {@code ": "} or {@code " #"} inside, nothing a reader would take for
   * another type.
   */
  private static boolean plainSafe(String value) {
    if (value.isEmpty() || !value.equals(value.strip()) || QUOTING.needToQuoteValue(value)) {
      return false;
    }
    char first = value.charAt(0);
    if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0
        || (first == '-' && (value.length() == 1 || value.charAt(1) == ' '))) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0xfeff) {
        return false;
      }
    }
    return !value.contains(": ") && !value.contains(" #") && !value.endsWith(":");
  }

  private static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // The check: the same change made to the loaded data

  private interface Change {
    void apply(Object data);
  }

  /**
   * The edited text, once the data it reads as is this text's data with {@code change} made to it.
   * Each text is parsed once: this one's node tree is the one its edits were located in, and the
   * edited text's goes with it to the next edit.
   */
  private YamlText checked(String edited, Change change, String what) {
    Object expected = data(root());
    change.apply(expected);
    Node editedRoot;
    Object actual;
    try {
      editedRoot = nodes(edited).orElseThrow(() -> new Refused("the file is empty"));
      actual = data(editedRoot);
    } catch (YamlEngineException | Refused e) {
      throw new Refused(what + " would break the file: " + e.getMessage());
    }
    if (!Objects.equals(expected, actual)) {
      throw new Refused(what + " would not change the file's data as meant");
    }
    return new YamlText(edited, rootType, editedRoot);
  }

  /** The data a node tree reads as, made afresh on each call: the caller may change it. */
  private static Object data(Node root) {
    return new StandardConstructor(SETTINGS).constructSingleDocument(Optional.of(root));
  }

  private Object dataAt(String pointer) {
    return at(data(root()), pointer);
  }

  private static Object at(Object data, String pointer) {
    Object node = data;
    for (String segment : Pointers.segments(pointer)) {
      if (node instanceof Map<?, ?> map) {
        node = map.get(segment);
      } else if (node instanceof List<?> list) {
        node = list.get(Integer.parseInt(segment));
      } else {
        return null;
      }
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static void put(Object data, String pointer, Object value) {
    Object parent = at(data, Pointers.parent(pointer));
    String key = Pointers.last(pointer);
    if (parent instanceof Map<?, ?> map) {
      ((Map<Object, Object>) map).put(key, value);
    } else if (parent instanceof List<?> list) {
      ((List<Object>) list).set(Integer.parseInt(key), value);
    }
  }

  @SuppressWarnings("unchecked")
  private static void delete(Object data, String pointer) {
    Object parent = at(data, Pointers.parent(pointer));
    String key = Pointers.last(pointer);
    if (parent instanceof Map<?, ?> map) {
      map.remove(key);
    } else if (parent instanceof List<?> list) {
      ((List<Object>) list).remove(Integer.parseInt(key));
    }
  }

  @SuppressWarnings("unchecked")
  private static void append(Object data, String pointer, Object item) {
    Object list = at(data, pointer);
    if (list instanceof List<?> items) {
      ((List<Object>) items).add(item);
      return;
    }
    Object parent = at(data, Pointers.parent(pointer));
    if (parent instanceof Map<?, ?> map) {
      List<Object> items = new ArrayList<>();
      items.add(item);
      ((Map<Object, Object>) map).put(Pointers.last(pointer), items);
    }
  }

  @SuppressWarnings("unchecked")
  private static void renameIn(Object data, String pointer, String key) {
    Object parent = at(data, Pointers.parent(pointer));
    if (parent instanceof Map<?, ?> map) {
      Map<Object, Object> renamed = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        renamed.put(
            entry.getKey().equals(Pointers.last(pointer)) ? key : entry.getKey(), entry.getValue());
      }
      ((Map<Object, Object>) map).clear();
      ((Map<Object, Object>) map).putAll(renamed);
    }
  }
}
