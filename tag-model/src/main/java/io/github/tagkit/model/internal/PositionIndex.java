package io.github.tagkit.model.internal;

import io.github.tagkit.model.MetadataDocument.Position;
import io.github.tagkit.model.Pointers;
import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where every key and value of a parsed file is: the one place a JSON pointer becomes a line and
 * column. Positions are recorded in the order a walk of the tree meets them (each value's, and
 * before each mapping entry's value the position of its key) by whichever reader built the tree,
 * and kept as packed numbers: most files have no finding and never ask for a position.
 */
final class PositionIndex {
  private long[] at = new long[256];

  /** For a value's spot, the index after the spots of everything inside it. */
  private int[] end = new int[256];

  private int size;

  /** Records a position; returns its index. */
  int add(int line, int column) {
    if (size == at.length) {
      at = Arrays.copyOf(at, size * 2);
      end = Arrays.copyOf(end, size * 2);
    }
    at[size] = (long) line << 32 | column;
    end[size] = size + 1;
    return size++;
  }

  /** Forgets every position, for a second reading of the same text. */
  void clear() {
    size = 0;
  }

  /** Marks the collection whose value spot is {@code start} as complete. */
  void close(int start) {
    end[start] = size;
  }

  Position get(int index) {
    long spot = at[index];
    return new Position((int) (spot >>> 32), (int) spot);
  }

  /**
   * Where the key at {@code pointer} is (its value with {@code value}, and always the value for
   * list entries and the root), found by walking {@code root} along the pointer and skipping
   * siblings by their extent; for a pointer the tree lacks, the key or value of its nearest
   * ancestor.
   */
  Position find(JsonNode root, String pointer, boolean value) {
    return find(root, pointer, value, false);
  }

  /**
   * Where the key at {@code pointer} is (the value for list entries and the root), as {@link
   * #find}; null when the tree has no value there.
   */
  Position findExact(JsonNode root, String pointer) {
    return find(root, pointer, false, true);
  }

  private Position find(JsonNode root, String pointer, boolean value, boolean exact) {
    JsonNode node = root;
    int valueSpot = 0;
    int keySpot = -1;
    int from = 1;
    while (from <= pointer.length()) {
      int slash = pointer.indexOf('/', from);
      int to = slash < 0 ? pointer.length() : slash;
      String segment = Pointers.unescape(pointer.substring(from, to));
      int child = -1;
      int childKey = -1;
      JsonNode next = null;
      if (node.isObject()) {
        int spot = valueSpot + 1;
        for (Map.Entry<String, JsonNode> property : node.properties()) {
          if (property.getKey().equals(segment)) {
            childKey = spot;
            child = spot + 1;
            next = property.getValue();
            break;
          }
          spot = end[spot + 1];
        }
      } else if (node.isArray()) {
        int index = index(segment);
        if (index >= 0 && index < node.size()) {
          child = valueSpot + 1;
          for (int k = 0; k < index; k++) {
            child = end[child];
          }
          next = node.get(index);
        }
      }
      if (next == null) {
        return exact ? null : get(keySpot >= 0 ? keySpot : valueSpot);
      }
      node = next;
      valueSpot = child;
      keySpot = childKey;
      from = to + 1;
    }
    return get(value || keySpot < 0 ? valueSpot : keySpot);
  }

  /** A list index as JSON pointers write it (no sign, no leading zero), or -1. */
  private static int index(String segment) {
    if (segment.isEmpty()
        || segment.length() > 9
        || segment.length() > 1 && segment.charAt(0) == '0') {
      return -1;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(segment);
  }
}
