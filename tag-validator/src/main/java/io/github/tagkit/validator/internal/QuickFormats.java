package io.github.tagkit.validator.internal;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.format.UriReferenceFormat;
import io.github.tagkit.model.internal.IsoDates;
import java.time.DateTimeException;
import java.util.List;
import java.util.function.Predicate;

/**
 * networknt's {@code date}, {@code uri} and {@code uri-reference} formats with a quick answer for
 * the shapes metadata holds: {@code YYYY-MM-DD} dates and plain links and relative paths. Anything
 * else goes to networknt's own format, so the answers are always networknt's; {@code
 * QuickFormatsTest} holds the quick answers to them. networknt parses each date with a {@code
 * DateTimeFormatter} and each link with {@code java.net.URI}, a fifth of a file's schema check.
 */
final class QuickFormats {
  private QuickFormats() {}

  /** The formats to put in place of networknt's own. */
  static List<Format> all() {
    return List.of(date(), uri(), uriReference());
  }

  /** {@code date}: RFC 3339 full-date, as {@code LocalDate.parse} with years 0 to 9999. */
  static Format date() {
    return new Quick(new DateFormat(), QuickFormats::isoDate);
  }

  /** {@code uri}: an absolute URI, as {@code java.net.URI} parses it, in ASCII. */
  static Format uri() {
    return new Quick(new UriFormat(), QuickFormats::simpleLink);
  }

  /** {@code uri-reference}: a URI or a relative reference, as {@code java.net.URI} parses them. */
  static Format uriReference() {
    return new Quick(new UriReferenceFormat(), value -> simpleLink(value) || simplePath(value));
  }

  /** networknt's format, asked only when the quick test does not already say yes. */
  private static final class Quick implements Format {
    private final Format networknt;
    private final Predicate<String> quickYes;

    Quick(Format networknt, Predicate<String> quickYes) {
      this.networknt = networknt;
      this.quickYes = quickYes;
    }

    @Override
    public String getName() {
      return networknt.getName();
    }

    @Override
    public String getMessageKey() {
      return networknt.getMessageKey();
    }

    @Override
    public boolean matches(ExecutionContext context, String value) {
      return quickYes.test(value) || networknt.matches(context, value);
    }
  }

  /** Whether {@code value} is a {@code YYYY-MM-DD} day that exists. */
  static boolean isoDate(String value) {
    try {
      return IsoDates.parse(value) != null;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * Whether {@code value} is {@code scheme://host[:port]} followed by a path, query and fragment of
   * the plainest characters: a shape {@code java.net.URI} always takes as absolute.
   */
  static boolean simpleLink(String value) {
    int n = value.length();
    int i = 0;
    if (n == 0 || !letter(value.charAt(0))) {
      return false;
    }
    while (i < n
        && (letter(value.charAt(i))
            || digit(value.charAt(i))
            || "+.-".indexOf(value.charAt(i)) >= 0)) {
      i++;
    }
    if (!value.startsWith("://", i)) {
      return false;
    }
    i += 3;
    int host = i;
    while (i < n
        && (letter(value.charAt(i))
            || digit(value.charAt(i))
            || value.charAt(i) == '.'
            || value.charAt(i) == '-')) {
      i++;
    }
    if (i == host || !(letter(value.charAt(host)) || digit(value.charAt(host)))) {
      return false;
    }
    if (i < n && value.charAt(i) == ':') {
      int port = ++i;
      while (i < n && digit(value.charAt(i))) {
        i++;
      }
      if (i == port) {
        return false;
      }
    }
    return i == n
        || value.charAt(i) == '/' && rest(value, i)
        || value.charAt(i) == '?' && rest(value, i)
        || value.charAt(i) == '#' && rest(value, i);
  }

  /** Whether {@code value} is a non-empty relative path of the plainest characters, no colon. */
  static boolean simplePath(String value) {
    if (value.isEmpty()
        || value.startsWith("//")
        || value.charAt(0) == '?'
        || value.charAt(0) == '#') {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '?' || c == '#') {
        return rest(value, i);
      }
      if (c == ':' || !pathCharacter(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether from {@code i} on there is a path, then an optional {@code ?query}, then an optional
   * {@code #fragment}, all of path characters and percent escapes.
   */
  private static boolean rest(String value, int i) {
    int n = value.length();
    boolean query = false;
    boolean fragment = false;
    for (; i < n; i++) {
      char c = value.charAt(i);
      if (c == '?' && !query && !fragment) {
        query = true;
      } else if (c == '#' && !fragment) {
        fragment = true;
      } else if (c == '%') {
        if (i + 2 >= n || !hex(value.charAt(i + 1)) || !hex(value.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!(pathCharacter(c) || c == ':' || (query || fragment) && c == '?')) {
        return false;
      }
    }
    return true;
  }

  /** RFC 2396's unreserved characters and the path's own {@code ;/@&=+$,}, which URI accepts. */
  private static boolean pathCharacter(char c) {
    return letter(c) || digit(c) || "-_.!~*'();/@&=+$,".indexOf(c) >= 0;
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hex(char c) {
    return digit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
