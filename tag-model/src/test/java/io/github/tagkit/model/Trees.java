package io.github.tagkit.model;

import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A file and a model compared as plain trees of text: what the file says, with empty values dropped
 * (they mean "none"), against what the model writes. Equal trees mean no key was dropped and no
 * value changed on the way into the model.
 */
final class Trees {
  private static final YAMLMapper YAML = new YAMLMapper();

  private Trees() {}

  static JsonNode ofFile(Path file) {
    return normal(YAML.readTree(Fixtures.text(file)));
  }

  static JsonNode ofModel(TagRegistry registry) {
    return normal(YAML.readTree(registry.toJson()));
  }

  /** Scalars as text, empty values and the containers left empty by dropping them removed. */
  private static JsonNode normal(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = YAML.createObjectNode();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        JsonNode value = normal(entry.getValue());
        if (value != null) {
          out.set(entry.getKey(), value);
        }
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isArray()) {
      ArrayNode out = YAML.createArrayNode();
      for (JsonNode item : node) {
        JsonNode value = normal(item);
        out.add(value == null ? YAML.createObjectNode() : value);
      }
      return out.isEmpty() ? null : out;
    }
    if (node.isNull() || node.asString().isBlank()) {
      return null;
    }
    return YAML.getNodeFactory().stringNode(node.asString());
  }
}
