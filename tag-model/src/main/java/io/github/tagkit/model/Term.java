package io.github.tagkit.model;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The term a person holds a role for, both ends inclusive, as written in {@code term: {start,
 * end}}.
 *
 * <p>A term whose start lies after its end is accepted here: it is a governance finding, not a
 * reading error, so the validator can report it at its line.
 */
public record Term(LocalDate start, LocalDate end) {

  public Term {
    Objects.requireNonNull(start, "term needs a 'start' date");
    Objects.requireNonNull(end, "term needs an 'end' date");
  }

  /** The length of the term, from its start to the day after its end. */
  public Period length() {
    return Period.between(start, end.plusDays(1));
  }

  /** Whether {@code day} lies within the term. */
  public boolean includes(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Days from {@code today} to the last day of the term: 0 on the last day, negative after it. */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, end);
  }
}
