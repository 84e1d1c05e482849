package io.github.tagkit.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The keys a record of the model has on disk: snake_case, or as its {@link JsonProperty} says. */
final class Keys {
  private Keys() {}

  static List<String> of(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(Keys::key).toList();
  }

  private static String key(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    return property != null ? property.value() : snakeCase(component.getName());
  }

  static String snakeCase(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
