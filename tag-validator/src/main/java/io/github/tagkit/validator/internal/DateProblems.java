package io.github.tagkit.validator.internal;

import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Why text written as a day ({@code YYYY-MM-DD}) names no day: "February 2026 has 28 days". */
final class DateProblems {
  private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private DateProblems() {}

  /** The reason, when {@code text} has the shape of a day but is none; empty otherwise. */
  static Optional<String> whyNot(String text) {
    Matcher day = SHAPE.matcher(text);
    if (!day.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(day.group(1));
    int month = Integer.parseInt(day.group(2));
    int dayOfMonth = Integer.parseInt(day.group(3));
    if (month < 1 || month > 12) {
      return Optional.of("there is no month " + month + "; months run from 01 to 12");
    }
    int length = Month.of(month).length(Year.isLeap(year));
    if (dayOfMonth < 1 || dayOfMonth > length) {
      return Optional.of(
          Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + " "
              + year
              + " has "
              + length
              + " days");
    }
    return Optional.empty();
  }
}
