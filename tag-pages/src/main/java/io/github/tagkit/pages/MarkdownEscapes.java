package io.github.tagkit.pages;

import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.LinkSchemes;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

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
   * link to ({@link LinkSchemes}: {@code javascript:}, {@code data:}) becomes {@link
   * #UNSAFE_TARGET}, whatever the page puts around it, and {@link #unsafeLinksAsText} turns the
   * link that holds it into its text once the page is rendered.
   */
  static String url(String url) {
    if (!LinkSchemes.safe(url)) {
      return UNSAFE_TARGET;
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
   * What {@link #url} gives for a link a page must not make: a fragment no page has, so that the
   * link is found again in the rendered page wherever a template put it, prefixed or suffixed.
   */
  static final String UNSAFE_TARGET = "#tagkit-unsafe-link";

  /**
   * {@code page} with each link whose destination holds {@link #UNSAFE_TARGET} shown as its text
   * ({@code [Guide](#tagkit-unsafe-link)} is {@code Guide}) and each such image as its alt text, so
   * that no link to an unsafe scheme is made, not even one that goes nowhere. A target found
   * anywhere else (not the destination of a link) goes nowhere ({@code #}).
   */
  static String unsafeLinksAsText(String page) {
    String out = page;
    for (int at = out.indexOf(UNSAFE_TARGET); at >= 0; at = out.indexOf(UNSAFE_TARGET)) {
      int open = out.lastIndexOf("](", at);
      int close = out.indexOf(')', at);
      int start = open < 0 ? -1 : linkTextStart(out, open);
      if (start < 0
          || close < 0
          || !plainDestination(out.substring(open + 2, at))
          || !plainDestination(out.substring(at + UNSAFE_TARGET.length(), close))) {
        out = out.substring(0, at) + "#" + out.substring(at + UNSAFE_TARGET.length());
        continue;
      }
      boolean image = start > 0 && out.charAt(start - 1) == '!' && !escaped(out, start - 1);
      out =
          out.substring(0, image ? start - 1 : start)
              + out.substring(start + 1, open)
              + out.substring(close + 1);
    }
    return out;
  }

  /**
   * Where the {@code [} is that the {@code ]} at {@code close} ends, brackets nested; -1 if none.
   */
  private static int linkTextStart(String text, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
        return -1; // a link's text never spans a blank line
      }
      if ((c != '[' && c != ']') || escaped(text, i)) {
        continue;
      }
      depth += c == ']' ? 1 : -1;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the character at {@code i} is backslash-escaped: an odd run of backslashes before. */
  private static boolean escaped(String text, int i) {
    int slashes = 0;
    while (i - slashes - 1 >= 0 && text.charAt(i - slashes - 1) == '\\') {
      slashes++;
    }
    return slashes % 2 == 1;
  }

  /** A part of a destination {@link #url} wrote: no space, parenthesis or line break. */
  private static boolean plainDestination(String part) {
    return part.chars().noneMatch(c -> c == ' ' || c == '(' || c == ')' || c == '\n');
  }

  /**
   * {@code url} as a link destination inside a table cell, where a {@code |} would end the cell.
   */
  static String cellUrl(String url) {
    return url(url).replace("|", "%7C");
  }

  private static final Parser COMMONMARK = Parser.builder().build();

  /**
   * A statement its author wrote as Markdown (a mission in a folded or literal scalar, with its
   * numbered goals and the bullets under them), kept as written when it reads only as paragraphs,
   * lists, emphasis, code and links to safe schemes: the same blocks on the page as in the Go
   * generator's, which prints it raw. A statement that would read as anything else (a heading, a
   * quote, HTML or a comment, a custom-content marker, a code block, a rule or front-matter fence,
   * an image, a link definition, an unsafe link, a hidden character) is escaped as {@link
   * #paragraphs} escapes it. Paragraphs on single lines of a folded scalar are kept apart, as
   * {@link #paragraphs} keeps them, where that makes no list.
   */
  static String markdown(String statement) {
    String text = InvisibleCharacters.removed(statement.strip().replace("\r\n", "\n"));
    Node document = COMMONMARK.parse(text);
    if (!keepable(document)) {
      return paragraphs(statement);
    }
    if (text.contains("\n\n") || hasList(document)) {
      return text;
    }
    String apart = text.replaceAll("[ \\t]*\\n\\s*", "\n\n");
    Node split = COMMONMARK.parse(apart);
    return keepable(split) && !hasList(split) ? apart : paragraphs(statement);
  }

  /**
   * {@code markdown} as written when it is only what {@link #markdown} keeps (paragraphs, lists,
   * emphasis, code, safe links), else {@code plain}, the same text without its markup, escaped as
   * paragraphs: a charter's section, whose markup escaped would show as text.
   */
  static String markdownOr(String markdown, String plain) {
    String text = InvisibleCharacters.removed(markdown.strip().replace("\r\n", "\n"));
    return !text.isEmpty() && keepable(COMMONMARK.parse(text)) ? text : paragraphs(plain);
  }

  /** Whether every node of {@code node} is one {@link #markdown} keeps as written. */
  private static boolean keepable(Node node) {
    boolean kept =
        node instanceof Document
            || node instanceof Paragraph
            || node instanceof ListBlock
            || node instanceof ListItem
            || node instanceof SoftLineBreak
            || node instanceof HardLineBreak
            || node instanceof Emphasis
            || node instanceof StrongEmphasis
            || node instanceof Code code && visible(code.getLiteral())
            || node instanceof Text text && visible(text.getLiteral())
            || node instanceof Link link
                && LinkSchemes.safe(link.getDestination())
                && !link.getDestination().contains(UNSAFE_TARGET);
    if (!kept) {
      return false;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!keepable(child)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text}, entities decoded, has no character a reader cannot see. */
  private static boolean visible(String text) {
    return InvisibleCharacters.removed(text).equals(text);
  }

  private static boolean hasList(Node node) {
    if (node instanceof ListBlock) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (hasList(child)) {
        return true;
      }
    }
    return false;
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
