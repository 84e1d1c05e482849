package io.github.tagkit.validator.spi;

import java.util.Objects;

/**
 * A part of the model and the JSON pointer it was read from, so that a rule can say where.
 *
 * @param value the part of the model
 * @param pointer the JSON pointer it was read from
 */
public record Located<T>(T value, String pointer) {

  /**
   * Checks that both parts are given.
   *
   * @param value the part of the model
   * @param pointer the JSON pointer it was read from
   */
  public Located {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pointer, "pointer");
  }
}
