package io.github.tagkit.model.internal;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed tree as plain Java values, for the rule API and the model's reader, which show no
 * Jackson type: a read-only view, made as it is walked, not a copy. Mappings are {@code Map}s in
 * the file's order, lists {@code List}s, and values {@code String}, {@code Integer}, {@code Long},
 * {@code BigInteger}, {@code BigDecimal}, {@code Boolean} or {@code null}.
 */
public final class PlainValues {
  private PlainValues() {}

  public static Object of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node instanceof ObjectNode object) {
      return new MappingView(object);
    }
    if (node instanceof ArrayNode array) {
      return new ListView(array);
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    return node.asString();
  }

  private static final class MappingView extends AbstractMap<String, Object> {
    private final ObjectNode object;

    MappingView(ObjectNode object) {
      this.object = object;
    }

    @Override
    public Object get(Object key) {
      return key instanceof String name ? of(object.get(name)) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && object.has(name);
    }

    @Override
    public int size() {
      return object.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Object>> iterator() {
          Iterator<Map.Entry<String, JsonNode>> properties = object.properties().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return properties.hasNext();
            }

            @Override
            public Entry<String, Object> next() {
              Map.Entry<String, JsonNode> property = properties.next();
              return new SimpleImmutableEntry<>(property.getKey(), of(property.getValue()));
            }
          };
        }

        @Override
        public int size() {
          return object.size();
        }
      };
    }
  }

  private static final class ListView extends AbstractList<Object> {
    private final ArrayNode array;

    ListView(ArrayNode array) {
      this.array = array;
    }

    @Override
    public Object get(int index) {
      return of(array.get(Objects.checkIndex(index, array.size())));
    }

    @Override
    public int size() {
      return array.size();
    }
  }
}
