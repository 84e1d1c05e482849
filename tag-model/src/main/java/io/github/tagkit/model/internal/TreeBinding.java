package io.github.tagkit.model.internal;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds a parsed tree to the model's records without an {@code ObjectMapper}: building a mapper and
 * its deserializers is a large part of a cold process's start, and this binding needs none (the
 * figures are in benchmarks/README.md).
 *
 * <p>It binds only what it can bind exactly as {@link JacksonCodec}'s mapper does: text, {@code
 * YYYY-MM-DD} dates, {@code HH:mm} times, whole numbers, enum constants written in ASCII in any
 * case, lists without empty entries, and nested records, with the keys {@link Keys} names.
 * Everything else, and every value a record's constructor refuses, is declined and goes to Jackson,
 * which stays the reference for values and the source of every message ({@code TreeBindingTest}
 * holds both bindings equal on real and damaged trees).
 */
final class TreeBinding {
  private TreeBinding() {}

  /** Thrown, without a stack trace, for anything left to Jackson. */
  private static final class Declined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Declined() {
      super(null, null, false, false);
    }
  }

  private static final Declined DECLINED = new Declined();

  /** How a value is bound; {@code node} is null when the key is missing. */
  @FunctionalInterface
  private interface Binding {
    Object bind(JsonNode node, boolean strict);
  }

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          return Shape.of(type);
        }
      };

  /**
   * The model of {@code tree}, a mapping, laid out as {@link JacksonCodec} lays it out; null when
   * this binding leaves the tree to Jackson.
   */
  static TagRegistry read(ObjectNode tree, boolean strict) {
    try {
      if (JacksonCodec.isRegistry(tree)) {
        RegistryFile file = (RegistryFile) record(RegistryFile.class, tree, strict);
        return new TagRegistry(Layout.REGISTRY, file.tags(), file.tocSubprojects());
      }
      return TagRegistry.of((Tag) record(Tag.class, tree, strict));
    } catch (Declined e) {
      return null;
    }
  }

  /** A record type: its canonical constructor and, per component, its key and binding. */
  private record Shape(Constructor<?> constructor, Map<String, Integer> keys, Binding[] bindings) {
    static Shape of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types =
          Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
      Constructor<?> constructor;
      try {
        constructor = type.getDeclaredConstructor(types);
        // skips the caller check of every newInstance, a stack walk; the records are public
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + type, e);
      }
      Map<String, Integer> keys = new HashMap<>();
      Binding[] bindings = new Binding[components.length];
      for (int i = 0; i < components.length; i++) {
        keys.put(Keys.key(components[i]), i);
        bindings[i] = binding(components[i].getGenericType());
      }
      return new Shape(constructor, keys, bindings);
    }
  }

  private static Object record(Class<?> type, JsonNode node, boolean strict) {
    if (!(node instanceof ObjectNode mapping)) {
      throw DECLINED;
    }
    Shape shape = SHAPES.get(type);
    Object[] values = new Object[shape.bindings().length];
    JsonNode[] nodes = new JsonNode[values.length];
    for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
      Integer index = shape.keys().get(entry.getKey());
      if (index != null) {
        nodes[index] = entry.getValue();
      } else if (strict) {
        throw DECLINED;
      }
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = shape.bindings()[i].bind(nodes[i], strict);
    }
    try {
      return shape.constructor().newInstance(values);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw DECLINED; // Jackson reports what the record refused
    }
  }

  private static Binding binding(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      Type raw = parameterized.getRawType();
      Binding inner = binding(parameterized.getActualTypeArguments()[0]);
      if (raw == Optional.class) {
        return (node, strict) ->
            absent(node) ? Optional.empty() : Optional.of(inner.bind(node, strict));
      }
      if (raw == List.class) {
        return (node, strict) -> absent(node) ? null : list(node, inner, strict);
      }
    } else if (type == String.class) {
      return (node, strict) -> absent(node) ? null : text(node);
    } else if (type == Integer.class) {
      return (node, strict) -> absent(node) ? null : integer(node);
    } else if (type == LocalDate.class) {
      return (node, strict) -> absent(node) ? null : date(node);
    } else if (type == LocalTime.class) {
      return (node, strict) -> absent(node) ? null : time(node);
    } else if (type instanceof Class<?> enumType && enumType.isEnum()) {
      Object[] constants = enumType.getEnumConstants();
      return (node, strict) -> absent(node) ? null : constant(node, constants);
    } else if (type instanceof Class<?> recordType && recordType.isRecord()) {
      return (node, strict) -> absent(node) ? null : record(recordType, node, strict);
    }
    return (node, strict) -> { // a type this binding does not know: Jackson binds it
      throw DECLINED;
    };
  }

  /** A key that is missing, or whose value is empty ({@code key:}), binds as absent. */
  private static boolean absent(JsonNode node) {
    return node == null || node.isNull();
  }

  private static List<Object> list(JsonNode node, Binding element, boolean strict) {
    if (!node.isArray()) {
      throw DECLINED;
    }
    List<Object> values = new ArrayList<>(node.size());
    for (JsonNode item : node.values()) {
      if (item.isNull()) {
        throw DECLINED; // an empty entry: Jackson's message names it
      }
      values.add(element.bind(item, strict));
    }
    return values;
  }

  private static String text(JsonNode node) {
    if (!node.isString()) {
      throw DECLINED;
    }
    return node.stringValue();
  }

  private static Integer integer(JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    throw DECLINED;
  }

  private static LocalDate date(JsonNode node) {
    try {
      LocalDate day = IsoDates.parse(text(node));
      if (day == null) {
        throw DECLINED;
      }
      return day;
    } catch (DateTimeException e) {
      throw DECLINED;
    }
  }

  private static LocalTime time(JsonNode node) {
    String text = text(node);
    if (text.length() != 5 || text.charAt(2) != ':') {
      throw DECLINED;
    }
    int hours = twoDigits(text, 0);
    int minutes = twoDigits(text, 3);
    if (hours > 23 || minutes > 59) {
      throw DECLINED;
    }
    return LocalTime.of(hours, minutes);
  }

  private static int twoDigits(String text, int at) {
    char tens = text.charAt(at);
    char ones = text.charAt(at + 1);
    if (tens < '0' || tens > '9' || ones < '0' || ones > '9') {
      throw DECLINED;
    }
    return (tens - '0') * 10 + (ones - '0');
  }

  /** The constant whose name is the text in any case; ASCII only, as Unicode case rules differ. */
  private static Object constant(JsonNode node, Object[] constants) {
    String text = text(node);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        throw DECLINED;
      }
    }
    for (Object constant : constants) {
      String name = ((Enum<?>) constant).name();
      if (name.equals(constant.toString()) && name.equalsIgnoreCase(text)) {
        return constant;
      }
    }
    throw DECLINED;
  }
}
