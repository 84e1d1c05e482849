package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Pointers;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every text value of a file's plain values, with its JSON pointer, for rules that read them all.
 */
final class TextValues {
  private TextValues() {}

  /** Calls {@code action} with the pointer and the text of each text value under {@code value}. */
  static void each(Object value, BiConsumer<String, String> action) {
    each(value, "", action);
  }

  private static void each(Object value, String pointer, BiConsumer<String, String> action) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (key, child) -> each(child, Pointers.child(pointer, String.valueOf(key)), action));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        each(list.get(i), Pointers.child(pointer, i), action);
      }
    } else if (value instanceof String text) {
      action.accept(pointer, text);
    }
  }
}
