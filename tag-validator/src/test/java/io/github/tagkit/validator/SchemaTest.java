package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TocSubproject;
import io.github.tagkit.validator.internal.SchemaCheck;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped schema: its identity, its descriptions, and its agreement with the model. */
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

  @Test
  void schemaAndModelHaveTheSameKeys() {
    TreeSet<String> model = new TreeSet<>();
    modelKeys(Tag.class, "tag", model);
    modelKeys(TocSubproject.class, "tocSubproject", model);
    TreeSet<String> inSchema = new TreeSet<>();
    schemaKeys(schema.path("$defs").path("tag"), "tag", inSchema, 0);
    schemaKeys(schema.path("$defs").path("tocSubproject"), "tocSubproject", inSchema, 0);
    assertThat(inSchema).isEqualTo(model);
    assertThat(model).contains("tag/leadership/chairs/term/end", "tag/contact/toc_liaison/github");
  }

  private static void modelKeys(Class<?> type, String path, TreeSet<String> keys) {
    for (RecordComponent component : type.getRecordComponents()) {
      JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
      String key =
          property != null
              ? property.value()
              : component
                  .getName()
                  .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                  .toLowerCase(Locale.ROOT);
      String here = path + "/" + key;
      keys.add(here);
      Class<?> element = element(component.getGenericType());
      if (element.isRecord() && element.getPackageName().equals(Tag.class.getPackageName())) {
        modelKeys(element, here, keys);
      }
    }
  }

  /** The class inside List<...> and Optional<...>, or the type itself. */
  private static Class<?> element(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return element(parameterized.getActualTypeArguments()[0]);
    }
    return (Class<?>) type;
  }

  private void schemaKeys(JsonNode node, String path, TreeSet<String> keys, int depth) {
    JsonNode resolved = resolve(node);
    if (resolved.has("items")) {
      schemaKeys(resolved.path("items"), path, keys, depth);
      return;
    }
    for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
      String here = path + "/" + property.getKey();
      keys.add(here);
      if (depth < 8) {
        schemaKeys(property.getValue(), here, keys, depth + 1);
      }
    }
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      current = schema.at(current.path("$ref").asString().substring(1));
    }
    return current;
  }
}
