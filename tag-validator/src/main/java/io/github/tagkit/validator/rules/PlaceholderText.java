package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Pointers;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template text left in the metadata: TODO, TBD, FIXME, lorem ipsum anywhere, and values made of
 * foo/bar/baz. A single "bar" inside real text (a company name) is not a placeholder; "Foo-Baz-Bar"
 * is.
 */
final class PlaceholderText extends BaseRule {
  private static final Pattern MARKER = Pattern.compile("(?i)\\b(todo|tbd|fixme|lorem ipsum)\\b");
  private static final Pattern METASYNTACTIC = Pattern.compile("(?i)\\b(foo|bar|baz)\\b");
  private static final Pattern ONLY_PUNCTUATION =
      Pattern.compile("[\\s\\p{Punct}]*(co)?[\\s\\p{Punct}]*");

  PlaceholderText() {
    super(
        "placeholder-text",
        Severity.ERROR,
        "A value is template text: TODO, TBD, FIXME, lorem ipsum, or made of foo/bar/baz.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    walk(context.root(), new ArrayList<>(), findings);
  }

  /** Visits every value; {@code path} holds the pointer's segments, joined only for a finding. */
  private static void walk(Object node, List<String> path, FindingSink findings) {
    if (node instanceof Map<?, ?> mapping) {
      for (Map.Entry<?, ?> entry : mapping.entrySet()) {
        path.add((String) entry.getKey());
        walk(entry.getValue(), path, findings);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        path.add(Integer.toString(i));
        walk(list.get(i), path, findings);
        path.remove(path.size() - 1);
      }
    } else if (node instanceof String value) {
      String marker = placeholder(value);
      if (marker != null) {
        String pointer = "";
        for (String segment : path) {
          pointer = Pointers.child(pointer, segment);
        }
        findings.report(
            pointer,
            key(path)
                + " holds placeholder text ("
                + (abbreviated(value).equalsIgnoreCase(marker)
                    ? "'" + marker + "'"
                    : "'" + marker + "' in '" + abbreviated(value) + "'")
                + "); write the real value or remove the key");
      }
    }
  }

  /** The placeholder word in {@code value}, or null. */
  static String placeholder(String value) {
    if (!mayHoldPlaceholder(value)) {
      return null;
    }
    Matcher marker = MARKER.matcher(value);
    if (marker.find()) {
      return marker.group(1);
    }
    Matcher words = METASYNTACTIC.matcher(value);
    int count = 0;
    String first = null;
    while (words.find()) {
      count++;
      first = first == null ? words.group(1) : first;
    }
    if (first == null) {
      return null;
    }
    String rest = METASYNTACTIC.matcher(value).replaceAll("");
    boolean onlyPlaceholders = ONLY_PUNCTUATION.matcher(rest.toLowerCase(Locale.ROOT)).matches();
    return count >= 2 || onlyPlaceholders ? first : null;
  }

  /**
   * A cheap pre-check: most values contain none of the words, and need no regular expression. The
   * patterns ignore case in ASCII only, so this does too.
   */
  private static boolean mayHoldPlaceholder(String value) {
    for (int i = 0; i + 2 < value.length(); i++) {
      char next = lower(value.charAt(i + 1));
      boolean found =
          switch (lower(value.charAt(i))) {
            case 't' ->
                next == 'o' && word(value, i, "todo") || next == 'b' && word(value, i, "tbd");
            case 'f' ->
                next == 'i' && word(value, i, "fixme") || next == 'o' && word(value, i, "foo");
            case 'l' -> next == 'o' && word(value, i, "lorem");
            case 'b' -> next == 'a' && (word(value, i, "bar") || word(value, i, "baz"));
            default -> false;
          };
      if (found) {
        return true;
      }
    }
    return false;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static boolean word(String value, int at, String word) {
    return value.regionMatches(true, at, word, 0, word.length());
  }

  private static String key(List<String> path) {
    return path.isEmpty() ? "the value" : "'" + path.get(path.size() - 1) + "'";
  }

  private static String abbreviated(String value) {
    String line = value.strip().replaceAll("\\s+", " ");
    return line.length() <= 60 ? line : line.substring(0, 57) + "...";
  }
}
