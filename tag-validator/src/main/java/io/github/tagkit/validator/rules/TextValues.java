package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Pointers;
import java.util.List;
import java.util.Map;

/**
 * Every text value of a file's plain values, for rules that read them all: each with the pointer of
 * the mapping or list that holds it and its key there, so that a rule builds a value's own pointer
 * only for a value it reports.
 */
final class TextValues {
  private TextValues() {}

  /** What a rule does with a text value. */
  @FunctionalInterface
  interface Action {
    /**
     * Reads {@code text}, the value at {@code key} of the mapping or list at {@code parent}; its
     * pointer is {@code Pointers.child(parent, key)}.
     */
    void accept(String parent, String key, String text);
  }

  /** Calls {@code action} for each text value under {@code value}. */
  static void each(Object value, Action action) {
    each(value, null, "", action);
  }

  private static void each(Object value, String parent, String key, Action action) {
    if (value instanceof String text) {
      action.accept(parent == null ? "" : parent, key, text);
      return;
    }
    String pointer = parent == null ? "" : Pointers.child(parent, key);
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, child) -> each(child, pointer, String.valueOf(k), action));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        each(list.get(i), pointer, String.valueOf(i), action);
      }
    }
  }
}
