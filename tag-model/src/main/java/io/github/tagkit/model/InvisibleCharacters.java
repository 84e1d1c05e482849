package io.github.tagkit.model;

import java.util.OptionalInt;

/**
 * The characters metadata must not hold because a reader cannot see them: control characters (but
 * tab and line breaks), Unicode format characters such as the bidirectional overrides and isolates
 * that make text read differently from what it holds (the "Trojan Source" trick), the line and
 * paragraph separators, and the noncharacters. The zero-width joiner and non-joiner stay: scripts
 * such as Persian and emoji sequences need them. The {@code invisible-character} rule reports them,
 * and no page, calendar or picture tagkit writes holds them.
 */
public final class InvisibleCharacters {
  private InvisibleCharacters() {}

  /**
   * {@return whether {@code codePoint} is one of the characters described above}
   *
   * @param codePoint a Unicode code point
   */
  public static boolean invisible(int codePoint) {
    if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
      return false;
    }
    if (codePoint == 0x200C || codePoint == 0x200D) {
      return false;
    }
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SURROGATE
        || (codePoint & 0xFFFE) == 0xFFFE
        || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF);
  }

  /**
   * {@return the first invisible code point of {@code text}, or empty when it has none}
   *
   * @param text the text
   */
  public static OptionalInt first(String text) {
    // A plain loop: every text value of every file passes here, and printable ASCII, most of it,
    // is decided without a lookup.
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        i++;
        continue;
      }
      int codePoint = text.codePointAt(i);
      if (invisible(codePoint)) {
        return OptionalInt.of(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return OptionalInt.empty();
  }

  /**
   * {@return {@code text} without its invisible characters}
   *
   * @param text the text
   */
  public static String removed(String text) {
    if (first(text).isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !invisible(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * {@return how a message names {@code codePoint}: {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}}
   *
   * @param codePoint a Unicode code point
   */
  public static String name(int codePoint) {
    String name = Character.getName(codePoint);
    return String.format("U+%04X", codePoint) + (name == null ? "" : " (" + name + ")");
  }
}
