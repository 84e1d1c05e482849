package io.github.tagkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TocSubproject;
import io.github.tagkit.model.testing.ProjectFiles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The model's keys are the ones cncf/toc's files use, and the validator's schema has the same. */
class KeysTest {
  private static final String SCHEMA =
      "tag-validator/src/main/resources/io/github/tagkit/validator/tag-metadata.schema.json";

  @Test
  void keysAreSnakeCaseButWhereTheRegistryNamesThemOtherwise() {
    assertThat(Keys.of(Tag.class))
        .contains("mission_statement", "tag_subprojects", "tag_initiatives", "landscape_url");
    assertThat(Keys.of(TocSubproject.class)).contains("subproject_initiatives");
    assertThat(Keys.of(Contact.class)).contains("toc_liaison", "slack_channel");
  }

  @Test
  void theValidatorsSchemaHasExactlyTheModelsKeys() {
    TreeSet<String> model = new TreeSet<>();
    keys(Tag.class, "tag", model);
    keys(TocSubproject.class, "tocSubproject", model);
    JsonNode schema = JsonMapper.shared().readTree(ProjectFiles.text(SCHEMA));
    TreeSet<String> inSchema = new TreeSet<>();
    schemaKeys(schema, schema.path("$defs").path("tag"), "tag", inSchema, 0);
    schemaKeys(schema, schema.path("$defs").path("tocSubproject"), "tocSubproject", inSchema, 0);
    assertThat(inSchema).isEqualTo(model);
    assertThat(model).contains("tag/leadership/chairs/term/end", "tag/contact/toc_liaison/github");
  }

  private static void keys(Class<?> type, String path, TreeSet<String> keys) {
    for (RecordComponent component : type.getRecordComponents()) {
      String here = path + "/" + Keys.key(component);
      keys.add(here);
      Class<?> element = element(component.getGenericType());
      if (element.isRecord() && element.getPackageName().equals(Tag.class.getPackageName())) {
        keys(element, here, keys);
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

  private static void schemaKeys(
      JsonNode schema, JsonNode node, String path, TreeSet<String> keys, int depth) {
    JsonNode resolved = node;
    while (resolved.has("$ref")) {
      resolved = schema.at(resolved.path("$ref").asString().substring(1));
    }
    if (resolved.has("items")) {
      schemaKeys(schema, resolved.path("items"), path, keys, depth);
      return;
    }
    for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
      String here = path + "/" + property.getKey();
      keys.add(here);
      if (depth < 8) {
        schemaKeys(schema, property.getValue(), here, keys, depth + 1);
      }
    }
  }
}
