package io.github.tagkit.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown as the CNCF website keeps it: read into a CommonMark tree (GFM tables and strikethrough,
 * as Docusaurus reads it) and printed back the way Prettier 3 prints Markdown with {@code
 * proseWrap: always}, so that the site's {@code prettier --check} passes on it unchanged, and
 * escaped so that MDX 3 reads no {@code {}, {@code }} or {@code <} of the text as code.
 *
 * <p>Prettier's rules, as this printer follows them: prose fills lines of at most 80 columns (East
 * Asian wide characters count two), breaking only at a space, never inside a link, a code span or a
 * heading, never before a word that would start a list, heading or quote ({@code -}, {@code +},
 * {@code *}, {@code #}, {@code 1.}, {@code >...}) and never next to a Chinese or Japanese
 * character; list items are {@code -} (the next list in a row {@code *}) or numbered from the
 * list's start, their lines indented by the marker's width; emphasis is {@code _} ({@code *} inside
 * a word), strong emphasis {@code **}; table columns are padded to their widest cell; code fences
 * are backticks. HTML comments are kept as they are (Docusaurus reads them); other HTML, which MDX
 * would read as JSX, is shown as text.
 */
final class SiteMarkdown {
  /** Prettier's default print width. */
  static final int WIDTH = 80;

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  /** A word Prettier never puts at the start of a line: it would open a list, heading or quote. */
  private static final Pattern BLOCK_MARKER = Pattern.compile("^>|^(?:[*+-]|#{1,6}|\\d+[).])$");

  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);");
  private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n]+");
  private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

  private SiteMarkdown() {}

  /** {@code markdown} printed as Prettier prints it, MDX-safe, with one newline at the end. */
  static String format(String markdown) {
    return format(markdown, Optional.empty());
  }

  /**
   * As {@link #format(String)}, with each relative link and image made absolute against {@code
   * linkBase} when there is one: text moved to the site keeps where its links lead.
   */
  static String format(String markdown, Optional<String> linkBase) {
    Node document = PARSER.parse(markdown);
    linkBase.ifPresent(
        base ->
            document.accept(
                new AbstractVisitor() {
                  @Override
                  public void visit(Link link) {
                    link.setDestination(absolute(base, link.getDestination()));
                    visitChildren(link);
                  }

                  @Override
                  public void visit(Image image) {
                    image.setDestination(absolute(base, image.getDestination()));
                    visitChildren(image);
                  }
                }));
    List<String> lines = blocks(document, WIDTH, false);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private static String absolute(String base, String destination) {
    if (destination.isEmpty()
        || destination.startsWith("#")
        || destination.startsWith("/")
        || SCHEME.matcher(destination).find()) {
      return destination;
    }
    try {
      return java.net.URI.create(base).resolve(destination).toString();
    } catch (IllegalArgumentException e) {
      return base + destination;
    }
  }

  // Blocks

  private static List<String> blocks(Node parent, int width, boolean tight) {
    List<String> out = new ArrayList<>();
    int listRun = 0;
    boolean previousOrdered = false;
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof LinkReferenceDefinition) {
        continue;
      }
      if (child instanceof ListBlock list) {
        boolean ordered = list instanceof OrderedList;
        listRun = listRun > 0 && ordered == previousOrdered ? listRun + 1 : 1;
        previousOrdered = ordered;
      } else {
        listRun = 0;
      }
      List<String> lines = block(child, width, listRun);
      if (lines.isEmpty()) {
        continue;
      }
      if (!out.isEmpty() && !tight) {
        out.add("");
      }
      out.addAll(lines);
    }
    return out;
  }

  private static List<String> block(Node node, int width, int listRun) {
    if (node instanceof Paragraph) {
      return fill(inline(node, true), width);
    }
    if (node instanceof Heading heading) {
      String text = flat(inline(heading, false));
      return List.of("#".repeat(heading.getLevel()) + (text.isEmpty() ? "" : " " + text));
    }
    if (node instanceof ListBlock list) {
      return list(list, width, listRun);
    }
    if (node instanceof BlockQuote) {
      List<String> lines = new ArrayList<>();
      for (String line : blocks(node, width - 2, false)) {
        lines.add(line.isEmpty() ? ">" : "> " + line);
      }
      return lines;
    }
    if (node instanceof FencedCodeBlock code) {
      List<String> lines = new ArrayList<>();
      if (code.getInfo() != null && !code.getInfo().isBlank()) {
        // Prettier formats code in the languages it knows; the code stays as its author wrote it.
        lines.add("<!-- prettier-ignore -->");
      }
      lines.addAll(code(code.getLiteral(), code.getInfo()));
      return lines;
    }
    if (node instanceof IndentedCodeBlock code) {
      return code(code.getLiteral(), "");
    }
    if (node instanceof HtmlBlock html) {
      String literal = html.getLiteral().stripTrailing();
      if (literal.startsWith("<!--") && literal.endsWith("-->")) {
        return literal.lines().map(String::stripTrailing).toList();
      }
      Tokens tokens = new Tokens();
      tokens.text(literal, true);
      return fill(tokens, width);
    }
    if (node instanceof ThematicBreak) {
      return List.of("---");
    }
    if (node instanceof TableBlock table) {
      return table(table);
    }
    return List.of();
  }

  private static List<String> list(ListBlock list, int width, int listRun) {
    List<String> lines = new ArrayList<>();
    boolean tight = list.isTight();
    int number = list instanceof OrderedList ordered ? start(ordered) : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String marker = list instanceof OrderedList ? number++ + "." : listRun % 2 == 1 ? "-" : "*";
      String indent = " ".repeat(marker.length() + 1);
      List<String> content = blocks(item, width - indent.length(), tight);
      if (!lines.isEmpty() && !tight) {
        lines.add("");
      }
      if (content.isEmpty()) {
        lines.add(marker);
        continue;
      }
      lines.add(marker + " " + content.get(0));
      for (String line : content.subList(1, content.size())) {
        lines.add(line.isEmpty() ? "" : indent + line);
      }
    }
    return lines;
  }

  private static int start(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  private static List<String> code(String literal, String info) {
    String body = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
    int run = 0;
    int longest = 0;
    for (int i = 0; i < body.length(); i++) {
      run = body.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    List<String> lines = new ArrayList<>();
    lines.add(fence + (info == null ? "" : info.strip()));
    if (!literal.isEmpty()) {
      lines.addAll(body.lines().toList());
    }
    lines.add(fence);
    return lines;
  }

  private static List<String> table(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    List<TableCell.Alignment> alignments = new ArrayList<>();
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (rows.isEmpty() && cell instanceof TableCell tableCell) {
            alignments.add(tableCell.getAlignment());
          }
          cells.add(flat(inline(cell, false)));
        }
        rows.add(cells);
      }
    }
    List<Integer> widths = new ArrayList<>();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        int w = width(row.get(i));
        if (i == widths.size()) {
          widths.add(Math.max(3, w));
        } else {
          widths.set(i, Math.max(widths.get(i), w));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      lines.add(row(rows.get(r), widths, alignments));
      if (r == 0) {
        List<String> delimiters = new ArrayList<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
          TableCell.Alignment a = i < alignments.size() ? alignments.get(i) : null;
          boolean left = a == TableCell.Alignment.LEFT || a == TableCell.Alignment.CENTER;
          boolean right = a == TableCell.Alignment.RIGHT || a == TableCell.Alignment.CENTER;
          delimiters.add((left ? ":" : "-") + "-".repeat(widths.get(i) - 2) + (right ? ":" : "-"));
        }
        lines.add("| " + String.join(" | ", delimiters) + " |");
      }
    }
    return lines;
  }

  private static String row(
      List<String> cells, List<Integer> widths, List<TableCell.Alignment> alignments) {
    List<String> padded = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      int spaces = widths.get(i) - width(cells.get(i));
      TableCell.Alignment a = i < alignments.size() ? alignments.get(i) : null;
      int before =
          a == TableCell.Alignment.RIGHT
              ? spaces
              : a == TableCell.Alignment.CENTER ? spaces / 2 : 0;
      padded.add(" ".repeat(before) + cells.get(i) + " ".repeat(spaces - before));
    }
    return "| " + String.join(" | ", padded) + " |";
  }

  // Inline content

  /**
   * What Prettier fills: pieces of text that stay together ({@code glued} when no space separates
   * them), with the spaces between them, each either a place to break or not.
   */
  private static final class Tokens {
    final List<StringBuilder> words = new ArrayList<>();
    final List<Boolean> hardBreakBefore = new ArrayList<>();
    private boolean space;
    private boolean hard;
    private boolean lastPlain;
    private String lastText = "";

    /** A piece of text; {@code plain} when it is prose (a word Prettier may break around). */
    void atom(String text, boolean plain) {
      if (text.isEmpty()) {
        return;
      }
      if (words.isEmpty()) {
        words.add(new StringBuilder(text));
        hardBreakBefore.add(false);
      } else if (hard) {
        words.add(new StringBuilder(text));
        hardBreakBefore.add(true);
      } else if (space) {
        if (breakable(plain, text)) {
          words.add(new StringBuilder(text));
          hardBreakBefore.add(false);
        } else {
          words.get(words.size() - 1).append(' ').append(text);
        }
      } else {
        words.get(words.size() - 1).append(text);
      }
      space = false;
      hard = false;
      lastPlain = plain;
      lastText = text;
    }

    /** Whether a line may break at the space before {@code next}, as Prettier decides it. */
    private boolean breakable(boolean nextPlain, String next) {
      if (nextPlain && BLOCK_MARKER.matcher(next).find()) {
        return false;
      }
      if (nextPlain && lastPlain) {
        int before = lastText.codePointBefore(lastText.length());
        int after = next.codePointAt(0);
        boolean mixed =
            (hangul(before) && chineseOrJapanese(after))
                || (chineseOrJapanese(before) && hangul(after));
        return mixed || !(chineseOrJapanese(before) || chineseOrJapanese(after));
      }
      return true;
    }

    void space() {
      if (!words.isEmpty()) {
        space = true;
      }
    }

    void hardBreak() {
      if (!words.isEmpty()) {
        words.get(words.size() - 1).append('\\');
        hard = true;
        space = false;
      }
    }

    /** Prose: its words escaped, split where it has spaces. */
    void text(String literal, boolean paragraphStart) {
      String[] parts = WHITESPACE.split(literal, -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          space();
        }
        String escaped = escape(parts[i]);
        if (paragraphStart && words.isEmpty() && !escaped.isEmpty()) {
          escaped = escapeBlockStart(escaped);
        }
        atom(escaped, true);
      }
    }
  }

  private static Tokens inline(Node parent, boolean paragraph) {
    Tokens tokens = new Tokens();
    children(parent, tokens, paragraph, 0);
    return tokens;
  }

  private static void children(Node parent, Tokens tokens, boolean paragraph, int emphasis) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        tokens.text(text.getLiteral(), paragraph);
      } else if (node instanceof SoftLineBreak) {
        tokens.space();
      } else if (node instanceof HardLineBreak) {
        tokens.hardBreak();
      } else if (node instanceof Code code) {
        tokens.atom(code(code.getLiteral()), false);
      } else if (node instanceof Emphasis) {
        String style = emphasis > 0 || touchesWord(node) ? "*" : "_";
        tokens.atom(style, false);
        children(node, tokens, false, emphasis + 1);
        tokens.atom(style, false);
      } else if (node instanceof StrongEmphasis) {
        tokens.atom("**", false);
        children(node, tokens, false, emphasis);
        tokens.atom("**", false);
      } else if (node instanceof Strikethrough) {
        tokens.atom("~~", false);
        children(node, tokens, false, emphasis);
        tokens.atom("~~", false);
      } else if (node instanceof Link link) {
        String text = flat(inline(link, false));
        tokens.atom(
            "["
                + (text.isEmpty() ? MarkdownEscapes.inline(link.getDestination()) : text)
                + "]("
                + MarkdownEscapes.url(link.getDestination())
                + title(link.getTitle())
                + ")",
            false);
      } else if (node instanceof Image image) {
        tokens.atom(
            "!["
                + flat(inline(image, false))
                + "]("
                + MarkdownEscapes.url(image.getDestination())
                + title(image.getTitle())
                + ")",
            false);
      } else if (node instanceof HtmlInline html) {
        tokens.text(html.getLiteral(), paragraph);
      } else {
        children(node, tokens, paragraph, emphasis);
      }
    }
  }

  /** Whether an emphasis is glued to a word before or after it ({@code 1*2*3}): then {@code *}. */
  private static boolean touchesWord(Node emphasis) {
    if (emphasis.getPrevious() instanceof Text before && !before.getLiteral().isEmpty()) {
      int c = before.getLiteral().codePointBefore(before.getLiteral().length());
      if (!Character.isWhitespace(c) && !punctuation(c)) {
        return true;
      }
    }
    if (emphasis.getNext() instanceof Text after && !after.getLiteral().isEmpty()) {
      int c = after.getLiteral().codePointAt(0);
      return !Character.isWhitespace(c) && !punctuation(c);
    }
    return false;
  }

  private static String code(String literal) {
    String content = literal.replaceAll("\\s+", " ");
    int length = 1;
    while (content.contains("`".repeat(length))) {
      length++;
    }
    String fence = "`".repeat(length);
    boolean pad = content.startsWith("`") || content.endsWith("`");
    return fence + (pad ? " " : "") + content + (pad ? " " : "") + fence;
  }

  /** A link's title as Prettier quotes it with {@code singleQuote}. */
  private static String title(String title) {
    if (title == null || title.isEmpty()) {
      return "";
    }
    if (title.contains("\"") && title.contains("'") && !title.contains(")")) {
      return " (" + title + ")";
    }
    long singles = title.chars().filter(c -> c == '\'').count();
    long doubles = title.chars().filter(c -> c == '"').count();
    String quote = singles > doubles ? "\"" : "'";
    return " " + quote + title.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote;
  }

  /** The words of {@code tokens} on one line. */
  private static String flat(Tokens tokens) {
    return String.join(" ", tokens.words);
  }

  /** The words of {@code tokens} in lines of at most {@code width} columns where they can be. */
  private static List<String> fill(Tokens tokens, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = null;
    int used = 0;
    for (int i = 0; i < tokens.words.size(); i++) {
      String word = tokens.words.get(i).toString();
      int w = width(word);
      if (line == null) {
        line = new StringBuilder(word);
        used = w;
      } else if (!tokens.hardBreakBefore.get(i) && used + 1 + w <= width) {
        line.append(' ').append(word);
        used += 1 + w;
      } else {
        lines.add(line.toString());
        line = new StringBuilder(word);
        used = w;
      }
    }
    if (line != null) {
      lines.add(line.toString());
    }
    return lines;
  }

  // Characters

  /**
   * A word of prose with what Markdown or MDX would read as markup escaped: backslashes, code
   * backticks, emphasis ({@code *}, {@code ~}, and {@code _} but inside a word), brackets, {@code
   * <}, MDX's braces, table pipes and what reads as a character reference.
   */
  static String escape(String word) {
    StringBuilder out = new StringBuilder(word.length() + 8);
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case '\\', '`', '*', '[', ']', '<', '{', '}', '~', '|' -> out.append('\\').append(c);
        case '_' -> {
          // Inside a word an underscore is no emphasis, and Prettier prints it bare.
          boolean inside =
              i > 0
                  && i + 1 < word.length()
                  && Character.isLetterOrDigit(word.codePointBefore(i))
                  && Character.isLetterOrDigit(word.codePointAt(i + 1));
          out.append(inside ? "_" : "\\_");
        }
        case '&' ->
            out.append(ENTITY.matcher(word).region(i, word.length()).lookingAt() ? "\\&" : "&");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The first word of a paragraph, escaped where it would open a heading, quote or list. */
  private static String escapeBlockStart(String word) {
    char first = word.charAt(0);
    if (first == '#' || first == '>' || first == '-' || first == '+' || first == '=') {
      return "\\" + word;
    }
    java.util.regex.Matcher number = LIST_NUMBER.matcher(word);
    if (number.find()) {
      return number.group(1) + "\\" + word.substring(number.group(1).length());
    }
    return word;
  }

  /** The columns {@code text} takes as Prettier counts them: wide characters two, marks none. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f)) {
        continue;
      }
      if (c == 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) {
        continue;
      }
      width += wide(c) ? 2 : 1;
    }
    return width;
  }

  private static boolean wide(int c) {
    return (c >= 0x1100 && c <= 0x115f)
        || (c >= 0x2e80 && c <= 0x303e)
        || (c >= 0x3041 && c <= 0x33ff)
        || (c >= 0x3400 && c <= 0x4dbf)
        || (c >= 0x4e00 && c <= 0x9fff)
        || (c >= 0xa000 && c <= 0xa4cf)
        || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff)
        || (c >= 0xfe30 && c <= 0xfe4f)
        || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6)
        || (c >= 0x1f300 && c <= 0x1f64f)
        || (c >= 0x1f900 && c <= 0x1f9ff)
        || (c >= 0x20000 && c <= 0x3fffd);
  }

  private static boolean chineseOrJapanese(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.BOPOMOFO
        || (c >= 0x3000 && c <= 0x303f)
        || (c >= 0xff00 && c <= 0xff65)
        || (c >= 0xfe30 && c <= 0xfe4f);
  }

  private static boolean hangul(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
  }

  private static boolean punctuation(int c) {
    int type = Character.getType(c);
    return type == Character.CONNECTOR_PUNCTUATION
        || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.OTHER_PUNCTUATION;
  }
}
