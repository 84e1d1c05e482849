package io.github.tagkit.model.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reads {@code YYYY-MM-DD} by hand: a {@code DateTimeFormatter} costs more than the rest. */
final class IsoDates {
  private IsoDates() {}

  /**
   * The day {@code text} names when it is four, two and two ASCII digits joined by hyphens; {@code
   * null} for any other shape.
   *
   * @throws DateTimeException when it has that shape but names no day, such as 2025-02-30
   */
  static LocalDate parse(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  private static int digits(String text, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
