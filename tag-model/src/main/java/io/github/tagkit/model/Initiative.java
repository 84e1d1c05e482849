package io.github.tagkit.model;

import java.util.Optional;

/**
 * A time-bound piece of work a group sponsors, such as a white paper or an assessment.
 *
 * @param name the initiative's name
 * @param url where the initiative is tracked
 * @param description what the initiative does
 */
public record Initiative(String name, Optional<String> url, Optional<String> description) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param name the initiative's name
   * @param url where the initiative is tracked
   * @param description what the initiative does
   */
  public Initiative {
    name = RecordChecks.required(name, "name");
    url = RecordChecks.text(url);
    description = RecordChecks.text(description);
  }
}
