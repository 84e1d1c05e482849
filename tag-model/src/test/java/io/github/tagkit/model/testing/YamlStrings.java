package io.github.tagkit.model.testing;

/** Any text as a YAML double-quoted scalar, so that tests can plant every character in a file. */
public final class YamlStrings {
  private YamlStrings() {}

  /**
   * {@return {@code text} between double quotes, with quotes, backslashes and every character
   * outside printable ASCII written as a YAML escape ({@code \u202E}, {@code \U0001F469})}
   */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format(c > 0xFFFF ? "\\U%08X" : "\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
