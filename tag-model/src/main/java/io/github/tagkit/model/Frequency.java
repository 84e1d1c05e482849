package io.github.tagkit.model;

/** How often a meeting with a structured {@link Recurrence} happens. */
public enum Frequency {
  /** Every week on the given day. */
  WEEKLY,
  /** Every other week on the given day, counted from the recurrence's start date. */
  BIWEEKLY,
  /** Once a month, on the given weekday of the given week of the month. */
  MONTHLY
}
