package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/** The checks every record of the model applies at its door. */
final class RecordChecks {
  private RecordChecks() {}

  /** Absent, empty and blank text all read as empty: real files use {@code key:} for "none". */
  static Optional<String> text(Optional<String> value) {
    return value == null ? Optional.empty() : value.filter(s -> !s.isBlank());
  }

  static <T> Optional<T> orEmpty(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** An immutable copy; an absent list is empty, an empty entry ({@code - }) is an error. */
  static <T> List<T> list(List<T> values, String key) {
    if (values == null) {
      return List.of();
    }
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new IllegalArgumentException(key + " has an empty entry at index " + i);
      }
    }
    return List.copyOf(values);
  }

  static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + key + "' is required and must not be empty");
    }
    return value;
  }
}
