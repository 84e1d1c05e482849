package io.github.tagkit.validator;

/**
 * What tagkit prints, made safe for the readers of a build log: in a GitHub Actions log a line that
 * starts with {@code ::} is a workflow command ({@code ::stop-commands::}, {@code ::error}), and
 * metadata comes from pull requests by anyone. Line breaks tagkit writes (a diff, a list) stay, but
 * a line after one that would start with {@code ::} gets a backslash before it; a carriage return
 * and every other control character or line separator in the text (but a tab) is written as an
 * escape ({@code \\r}, {@code \\u2028}), so no value can start a line of its own. The Maven goals
 * and the {@code tagkit} command print every line through it.
 */
public final class LogLines {
  private LogLines() {}

  /**
   * {@return {@code text} as a log may print it; see the class} Null for null.
   *
   * @param text what is to be logged
   */
  public static String safe(CharSequence text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean lineStart = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && startsCommand(text, i)) {
        out.append('\\');
      }
      lineStart = false;
      if (c == '\n') {
        out.append(c);
        lineStart = true;
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t' || !(Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** Whether the line from {@code at} starts, after spaces and tabs, with {@code ::}. */
  private static boolean startsCommand(CharSequence text, int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i + 1 < text.length() && text.charAt(i) == ':' && text.charAt(i + 1) == ':';
  }
}
