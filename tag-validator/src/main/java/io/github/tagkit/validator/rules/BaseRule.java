package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.Severity;

/** Holds a rule's id, default severity and description. */
abstract class BaseRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String description;

  BaseRule(String id, Severity severity, String description) {
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }
}
