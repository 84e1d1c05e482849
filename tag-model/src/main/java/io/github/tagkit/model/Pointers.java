package io.github.tagkit.model;

/**
 * JSON pointers (RFC 6901) as findings use them: {@code /tags/0/leadership/chairs/1}. The one place
 * where a key becomes a pointer segment ({@code ~} as {@code ~0}, {@code /} as {@code ~1}) and
 * back.
 */
public final class Pointers {
  private Pointers() {}

  /** The pointer of the value under {@code key} in the mapping at {@code parent}. */
  public static String child(String parent, String key) {
    return parent + "/" + escape(key);
  }

  /** The pointer of entry {@code index} (from 0) of the list at {@code parent}. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** A key as a pointer segment. */
  public static String escape(String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return key;
    }
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** A pointer segment as the key it stands for. */
  public static String unescape(String segment) {
    if (segment.indexOf('~') < 0) {
      return segment;
    }
    return segment.replace("~1", "/").replace("~0", "~");
  }

  /** The pointer of the value that holds the one at {@code pointer}; {@code ""} for the root. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The last segment of {@code pointer}, unescaped: the key or index of the value. */
  public static String last(String pointer) {
    return unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
  }
}
