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
 *
 * @param start the first day of the term
 * @param end the last day of the term
 */
public record Term(LocalDate start, LocalDate end) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param start the first day of the term
   * @param end the last day of the term
   */
  public Term {
    Objects.requireNonNull(start, "term needs a 'start' date");
    Objects.requireNonNull(end, "term needs an 'end' date");
  }

  /** {@return the length of the term, from its start to the day after its end} */
  public Period length() {
    return Period.between(start, end.plusDays(1));
  }

  /**
   * {@return whether {@code day} lies within the term}
   *
   * @param day the day
   */
  public boolean includes(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Days from {@code today} to the last day of the term: 0 on the last day, negative after it.
   *
   * @param today the day to count from
   * @return the number of days
   */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, end);
  }
}
