package io.github.tagkit.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links a page may make of the metadata: an https or http URL, a {@code mailto:} address, or
 * a path in the repository. Any other scheme ({@code javascript:}, {@code data:}, {@code file:})
 * runs code or reads what it should not where a reader clicks it; the {@code link-scheme} rule
 * reports it and the pages never make a link of it. The scheme is read as a browser reads it: tabs
 * and line breaks anywhere, and spaces and control characters in front, do not hide it.
 */
public final class LinkSchemes {
  private static final Set<String> SAFE = Set.of("https", "http", "mailto");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private LinkSchemes() {}

  /**
   * {@return the scheme {@code link} names, in lower case, as a browser reads it; empty for a path}
   *
   * @param link a URL or a path
   */
  public static Optional<String> scheme(String link) {
    String read = link.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
    Matcher m = SCHEME.matcher(read);
    return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * {@return whether a page may make a link of {@code link}: a path, or an https, http or mailto
   * URL}
   *
   * @param link a URL or a path
   */
  public static boolean safe(String link) {
    return scheme(link).map(SAFE::contains).orElse(true);
  }
}
