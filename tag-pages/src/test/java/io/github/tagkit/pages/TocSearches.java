package io.github.tagkit.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cncf/toc issue searches as sets of their terms, so that the registry's initiatives link and the
 * site's own form of the same search ({@code %20} or {@code +}, labels in another order) compare
 * equal.
 */
final class TocSearches {
  static final String PREFIX = "https://github.com/cncf/toc/issues?q=";

  private TocSearches() {}

  /** The terms of {@code url}'s search, when it is a cncf/toc issue search. */
  static Optional<Set<String>> of(String url) {
    if (!url.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String q =
        URLDecoder.decode(
            url.substring(PREFIX.length()).replaceFirst("[&)\\s].*$", ""), StandardCharsets.UTF_8);
    return Optional.of(Set.of(q.trim().split("\\s+")));
  }

  /** Every cncf/toc issue search {@code text} links to, as a set of its terms. */
  static List<Set<String>> in(String text) {
    List<Set<String>> found = new ArrayList<>();
    Matcher link = Pattern.compile(Pattern.quote(PREFIX) + "[^)\\s]*").matcher(text);
    while (link.find()) {
      of(link.group()).ifPresent(found::add);
    }
    return found;
  }

  /** The searches among {@code destinations}. */
  static List<Set<String>> among(List<String> destinations) {
    List<Set<String>> found = new ArrayList<>();
    destinations.forEach(d -> of(d).ifPresent(found::add));
    return found;
  }
}
