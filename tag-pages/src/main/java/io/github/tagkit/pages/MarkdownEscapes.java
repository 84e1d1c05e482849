package io.github.tagkit.pages;

import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.LinkSchemes;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Values escaped for where they land in a page, so that Markdown renders them as written: text
 * loses no {@code *}, {@code _}, backtick, {@code <} or brackets to emphasis, code, HTML or links;
 * a table cell is not cut short by a {@code |}; a link target keeps its spaces and parentheses.
 */
final class MarkdownEscapes {
  private MarkdownEscapes() {}

  // An underscore between two letters or digits never emphasizes (CommonMark 6.2): snake_case and
  // America/New_York stay as they are.
  private static final Pattern TEXT_SPECIAL =
      Pattern.compile("([\\\\*`<\\[\\]]|(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}]))");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");
  private static final Pattern BLOCK_START =
      Pattern.compile("(?m)^([ \\t]*)([#>+=~-]|\\d{1,9}(?=[.)]))");

  /**
   * {@code text} with every character Markdown would read as markup backslash-escaped, and a line
   * that would open a heading, quote or list ({@code #}, {@code >}, {@code -}, {@code 1.}) escaped
   * at its start.
   */
  static String text(String text) {
    return BLOCK_START.matcher(inline(text)).replaceAll(m -> m.group(1) + escapeMarker(m.group(2)));
  }

  /**
   * {@code text} for the middle of a line (inside a link's text, after other text): its inline
   * markup escaped, a {@code #} or {@code -} at its start kept, as they mean nothing there.
   */
  static String inline(String text) {
    return TEXT_SPECIAL.matcher(InvisibleCharacters.removed(text)).replaceAll("\\\\$1");
  }

  private static String escapeMarker(String marker) {
    // "1." is escaped after its digits ("1\."), a single character before itself ("\#").
    return java.util.regex.Matcher.quoteReplacement(
        Character.isDigit(marker.charAt(0)) ? marker + "\\" : "\\" + marker);
  }

  /** {@code text} for a GFM table cell: escaped as text, {@code |} escaped, on one line. */
  static String cell(String text) {
    return LINE_BREAK.matcher(inline(text).strip()).replaceAll(" ").replace("|", "\\|");
  }

  /**
   * {@code url} as a link destination: spaces, parentheses, angle brackets, control characters and
   * the other characters no reader sees ({@link InvisibleCharacters}) percent-encoded, everything
   * else (including existing {@code %} escapes) as written. A link with a scheme a page must not
   * link to ({@link LinkSchemes}: {@code javascript:}, {@code data:}) goes nowhere ({@code #}): the
   * places that can show it as text do ({@link PageLines#link}), and this is the last guard.
   */
  static String url(String url) {
    if (!LinkSchemes.safe(url)) {
      return "#";
    }
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c >= 0x80 && InvisibleCharacters.invisible(url.codePointAt(i))) {
        int codePoint = url.codePointAt(i);
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          out.append(String.format("%%%02X", b & 0xff));
        }
        i += Character.charCount(codePoint) - 1;
        continue;
      }
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("%%%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code url} as a link destination inside a table cell, where a {@code |} would end the cell.
   */
  static String cellUrl(String url) {
    return url(url).replace("|", "%7C");
  }

  /**
   * A statement of one or more paragraphs as Markdown paragraphs. Text that already separates its
   * paragraphs with blank lines keeps its lines; otherwise each line is a paragraph, as a folded
   * YAML scalar ({@code >}) gives a blank line between paragraphs back as a single line break.
   */
  static String paragraphs(String statement) {
    String text = statement.strip().replace("\r\n", "\n");
    if (text.contains("\n\n")) {
      return text(text);
    }
    return text(text).replaceAll("[ \\t]*\\n\\s*", "\n\n");
  }
}
