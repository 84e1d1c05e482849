package io.github.tagkit.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" hints for a misspelled key or name, worded as the reader's own messages word them:
 * for tools that report unknown keys, rule ids or names themselves and want the same hints.
 */
public final class Suggestions {
  private Suggestions() {}

  /** How many edits still count as a near miss: one for short keys, then one in three. */
  static int tolerance(String key) {
    return key.length() <= 4 ? 1 : Math.max(2, key.length() / 3);
  }

  /**
   * Optimal string alignment distance, ignoring case and treating '-' like '_': so {@code
   * toc_liasion} is 1 away from {@code toc_liaison} and {@code mailing-list} 0 from {@code
   * mailing_list}.
   */
  static int distance(String a, String b) {
    return normalDistance(normal(a), normal(b));
  }

  private static int normalDistance(String s, String t) {
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }

  private static String normal(String key) {
    return key.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * "; did you mean 'mailing_list'?" for a near miss, else "; expected one of: " and the keys that
   * are allowed; empty when none are.
   *
   * @param key the unknown key
   * @param known the keys allowed where it stands
   * @return the hint, to append to a message
   */
  public static String hint(String key, Collection<?> known) {
    if (known == null || known.isEmpty()) {
      return "";
    }
    return nearest(key, known)
        .map(nearest -> "; did you mean '" + nearest + "'?")
        .orElse("; expected one of: " + String.join(", ", sorted(known)));
  }

  /**
   * {@return the known key nearest to {@code key}, when it is near enough to be a misspelling of
   * it: case aside, and with '-' for '_', one edit for keys of up to four letters, else one in
   * three}
   *
   * @param key the unknown key
   * @param known the keys allowed where it stands
   */
  public static Optional<String> nearest(String key, Collection<?> known) {
    String typed = normal(key);
    int tolerance = tolerance(key);
    String nearest = null;
    int nearestDistance = Integer.MAX_VALUE;
    for (String candidate : sorted(known)) { // the first of the nearest, in sorted order
      int distance = normalDistance(typed, normal(candidate));
      if (distance <= tolerance && distance < nearestDistance) {
        nearest = candidate;
        nearestDistance = distance;
      }
    }
    return Optional.ofNullable(nearest);
  }

  /**
   * {@return the known key nearest to {@code key} when it is near enough to be a misspelling of it
   * and no other is as near: the one fix for it} Empty when none is near, or two are.
   *
   * @param key the unknown key
   * @param known the keys allowed where it stands
   */
  public static Optional<String> only(String key, Collection<?> known) {
    if (known == null) {
      return Optional.empty();
    }
    String typed = normal(key);
    int tolerance = tolerance(key);
    int best = Integer.MAX_VALUE;
    List<String> nearest = new java.util.ArrayList<>();
    for (String candidate : sorted(known)) {
      int distance = normalDistance(typed, normal(candidate));
      if (distance <= tolerance && distance < best) {
        best = distance;
        nearest.clear();
      }
      if (distance <= tolerance && distance == best) {
        nearest.add(candidate);
      }
    }
    return nearest.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
  }

  /**
   * {@return the known key nearest to {@code key}, however far: for naming the closest choice when
   * there is no near miss} Empty when none is known.
   *
   * @param key the unknown key
   * @param known the keys allowed where it stands
   */
  public static Optional<String> closest(String key, Collection<?> known) {
    String typed = normal(key);
    String closest = null;
    int closestDistance = Integer.MAX_VALUE;
    for (String candidate : sorted(known)) {
      int distance = normalDistance(typed, normal(candidate));
      if (distance < closestDistance) {
        closest = candidate;
        closestDistance = distance;
      }
    }
    return Optional.ofNullable(closest);
  }

  private static List<String> sorted(Collection<?> known) {
    return known.stream().map(String::valueOf).sorted().toList();
  }
}
