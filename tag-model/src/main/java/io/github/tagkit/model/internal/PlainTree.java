package io.github.tagkit.model.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tree of plain values ({@code Map}, {@code List}, {@code String}, numbers, {@code Boolean},
 * {@code null}) as Jackson's nodes, for the values {@link TreeBinding} leaves to Jackson.
 */
final class PlainTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlainTree() {}

  static JsonNode toNode(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((key, child) -> object.set(String.valueOf(key), toNode(child)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(child -> array.add(toNode(child)));
      return array;
    }
    if (value instanceof String text) {
      return NODES.stringNode(text);
    }
    if (value instanceof Boolean bool) {
      return NODES.booleanNode(bool);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return NODES.numberNode(((Number) value).intValue());
    }
    if (value instanceof Long number) {
      return NODES.numberNode(number);
    }
    if (value instanceof BigInteger number) {
      return NODES.numberNode(number);
    }
    if (value instanceof BigDecimal number) {
      return NODES.numberNode(number);
    }
    if (value instanceof Double || value instanceof Float) {
      return NODES.numberNode(((Number) value).doubleValue());
    }
    throw new IllegalArgumentException(
        "a metadata tree holds maps, lists, text, numbers and booleans, not "
            + value.getClass().getName());
  }
}
