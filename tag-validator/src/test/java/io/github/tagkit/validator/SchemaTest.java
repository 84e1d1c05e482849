package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.validator.internal.SchemaCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped schema: its identity and its descriptions (its agreement with the model is held by
 * tag-model's KeysTest, which sees the model's key names).
 */
class SchemaTest {
  private final JsonNode schema = JsonMapper.shared().readTree(SchemaCheck.resource());

  @Test
  void isDraft202012WithAStableId() {
    assertThat(schema.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asString())
        .isEqualTo("https://tagkit.github.io/schema/tag-metadata/v1.json");
  }

  @Test
  void everyPropertyHasADescription() {
    List<String> undescribed = new ArrayList<>();
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      for (Map.Entry<String, JsonNode> property : def.getValue().path("properties").properties()) {
        if (!resolve(property.getValue()).has("description")
            && !property.getValue().has("description")) {
          undescribed.add(def.getKey() + "." + property.getKey());
        }
      }
    }
    assertThat(undescribed).isEmpty();
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = schema.at(current.path("$ref").asString().substring(1));
    }
    return current;
  }
}
