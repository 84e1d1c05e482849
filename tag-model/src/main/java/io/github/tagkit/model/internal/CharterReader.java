package io.github.tagkit.model.internal;

import io.github.tagkit.model.Charter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** Reads a charter's Markdown into {@link Charter} with commonmark-java. */
public final class CharterReader {
  private CharterReader() {}

  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
  private static final Set<String> PLACEHOLDERS =
      Set.of("charter content here", "tbd", "todo", "to do", "coming soon", "placeholder");

  public static Charter read(String markdown, String source) {
    String text = markdown.replace("\r\n", "\n");
    // Docusaurus front matter: skipped, its lines still counted.
    int offset = 0;
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---\n", 3);
      if (end > 0) {
        String front = text.substring(0, end + 5);
        offset = (int) front.chars().filter(c -> c == '\n').count();
        text = text.substring(end + 5);
      }
    }
    Node document = PARSER.parse(text);
    List<Charter.Section> sections = new ArrayList<>();
    Optional<Charter.Section> title = Optional.empty();
    StringBuilder body = new StringBuilder();
    Heading heading = null;
    List<Node> content = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading next) {
        if (heading != null) {
          sections.add(section(heading, content, offset, text));
        }
        heading = next;
        content = new ArrayList<>();
      } else {
        body.append(text(node)).append('\n');
        content.add(node);
      }
    }
    if (heading != null) {
      sections.add(section(heading, content, offset, text));
    }
    for (Charter.Section section : sections) {
      if (section.level() == 1) {
        title = Optional.of(section);
        break;
      }
    }
    String words = words(body.toString());
    boolean placeholder = words.isEmpty() || PLACEHOLDERS.contains(words);
    return new Charter(source, title, sections, placeholder);
  }

  private static Charter.Section section(
      Heading heading, List<Node> content, int offset, String source) {
    List<String> paragraphs = new ArrayList<>();
    List<Charter.Item> items = new ArrayList<>();
    for (Node node : content) {
      if (node instanceof ListBlock list) {
        items.addAll(items(list, offset));
      } else if (node instanceof Paragraph) {
        paragraphs.add(text(node).strip());
      }
    }
    return new Charter.Section(
        text(heading).strip(),
        heading.getLevel(),
        line(heading, offset),
        String.join("\n\n", paragraphs),
        items,
        markdown(content, source));
  }

  /** The source text of {@code content}, from its first block's start to its last block's end. */
  private static String markdown(List<Node> content, String source) {
    int start = -1;
    int end = -1;
    for (Node node : content) {
      for (SourceSpan span : node.getSourceSpans()) {
        if (start < 0 || span.getInputIndex() < start) {
          start = span.getInputIndex();
        }
        end = Math.max(end, span.getInputIndex() + span.getLength());
      }
    }
    return start < 0 ? "" : source.substring(start, Math.min(end, source.length())).strip();
  }

  private static List<Charter.Item> items(ListBlock list, int offset) {
    List<Charter.Item> items = new ArrayList<>();
    for (Node node = list.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof ListItem item) {
        StringBuilder own = new StringBuilder();
        List<Charter.Item> nested = new ArrayList<>();
        for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
          if (part instanceof ListBlock inner) {
            nested.addAll(items(inner, offset));
          } else {
            own.append(own.length() == 0 ? "" : " ").append(text(part).strip());
          }
        }
        items.add(new Charter.Item(own.toString(), line(item, offset), nested));
      }
    }
    return items;
  }

  private static int line(Node node, int offset) {
    return node.getSourceSpans().isEmpty()
        ? 0
        : node.getSourceSpans().get(0).getLineIndex() + 1 + offset;
  }

  /** The text a node renders as: its literals, line breaks as spaces. */
  private static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
          }

          @Override
          public void visit(HardLineBreak lineBreak) {
            text.append(' ');
          }

          @Override
          public void visit(Paragraph paragraph) {
            if (text.length() > 0) {
              text.append(' ');
            }
            visitChildren(paragraph);
          }
        });
    return text.toString();
  }

  /** A heading or text as lower-case words: "In-Scope:" is "in scope". */
  public static String words(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[*_`]", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }
}
