package io.github.tagkit.model;

/**
 * JSON pointers (RFC 6901) as findings use them: {@code /tags/0/leadership/chairs/1}. The one place
 * where a key becomes a pointer segment ({@code ~} as {@code ~0}, {@code /} as {@code ~1}) and
 * back.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * {@return the pointer of the value under {@code key} in the mapping at {@code parent}}
   *
   * @param parent the pointer of the mapping
   * @param key the key
   */
  public static String child(String parent, String key) {
    return parent + "/" + escape(key);
  }

  /**
   * {@return the pointer of entry {@code index} (from 0) of the list at {@code parent}}
   *
   * @param parent the pointer of the list
   * @param index the index, from 0
   */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * {@return the keys and indexes {@code pointer} names, unescaped, from the root down; none for
   * {@code ""}}
   *
   * @param pointer the pointer
   */
  public static java.util.List<String> segments(String pointer) {
    if (pointer.isEmpty()) {
      return java.util.List.of();
    }
    java.util.List<String> segments = new java.util.ArrayList<>();
    for (String segment : pointer.substring(1).split("/", -1)) {
      segments.add(unescape(segment));
    }
    return segments;
  }

  /**
   * {@return a key as a pointer segment}
   *
   * @param key the key
   */
  public static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * {@return a pointer segment as the key it stands for}
   *
   * @param segment the segment, with {@code ~0} and {@code ~1} for {@code ~} and {@code /}
   */
  public static String unescape(String segment) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /**
   * {@return the pointer of the value that holds the one at {@code pointer}; {@code ""} for the
   * root}
   *
   * @param pointer the pointer
   */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /**
   * {@return the last segment of {@code pointer}, unescaped: the key or index of the value}
   *
   * @param pointer the pointer
   */
  public static String last(String pointer) {
    return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }
}
