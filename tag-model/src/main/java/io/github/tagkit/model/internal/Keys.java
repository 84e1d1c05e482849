package io.github.tagkit.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The keys a record of the model has on disk: snake_case, or as its {@link JsonProperty} says. */
final class Keys {
  private static final Pattern WORD_START = Pattern.compile("([a-z0-9])([A-Z])");

  private Keys() {}

  static List<String> of(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(Keys::key).toList();
  }

  /** The key of one component. */
  static String key(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property != null ? property.value() : snakeCase(component.getName());
  }

  static String snakeCase(String name) {
    return WORD_START.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
  }
}
