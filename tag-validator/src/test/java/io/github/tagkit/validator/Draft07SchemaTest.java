package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.internal.SchemaCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The draft-07 variant of the metadata schema, for editors (yaml-language-server, SchemaStore): the
 * 2020-12 schema, which stays the reference, converted ({@code $defs} to {@code definitions}, a
 * {@code $ref} with other keywords beside it into an {@code allOf}, where draft-07 would ignore
 * them); and the two accept and reject the same files at the same places. Regenerate it with {@code
 * -Dschema.update=true} after changing the reference.
 */
class Draft07SchemaTest {
  static final String FILE =
      "tag-validator/src/main/resources/io/github/tagkit/validator/tag-metadata.draft-07.schema.json";

  private static final JsonMapper JSON = JsonMapper.shared();

  /** The reference schema as a draft-07 schema. */
  static JsonNode converted() {
    ObjectNode schema = (ObjectNode) JSON.readTree(SchemaCheck.resource());
    schema.put("$schema", "http://json-schema.org/draft-07/schema#");
    schema.put("$id", "https://tagkit.github.io/schema/tag-metadata/v1.draft-07.json");
    JsonNode defs = schema.remove("$defs");
    ObjectNode out = JSON.createObjectNode();
    schema.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
    out.set("definitions", defs);
    return convert(out);
  }

  private static JsonNode convert(JsonNode node) {
    if (node instanceof ArrayNode array) {
      ArrayNode out = JSON.createArrayNode();
      array.forEach(item -> out.add(convert(item)));
      return out;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    ObjectNode out = JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode value = convert(e.getValue());
      if (e.getKey().equals("$ref")) {
        value =
            JSON.getNodeFactory()
                .stringNode(value.asString().replace("#/$defs/", "#/definitions/"));
      }
      out.set(e.getKey(), value);
    }
    if (out.has("$ref") && out.size() > 1) {
      ObjectNode ref = JSON.createObjectNode();
      ref.set("$ref", out.remove("$ref"));
      ArrayNode allOf = out.has("allOf") ? (ArrayNode) out.get("allOf") : JSON.createArrayNode();
      allOf.insert(0, ref);
      out.set("allOf", allOf);
    }
    return out;
  }

  @Test
  void theDraft07VariantIsTheReferenceConverted() throws Exception {
    Path file = ProjectFiles.path(FILE);
    String expected = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(converted()) + "\n";
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(file, expected);
    }
    assertThat(file).exists();
    assertThat(JSON.readTree(Files.readString(file))).isEqualTo(converted());
    assertThat(converted().toString()).doesNotContain("$defs");
  }

  @Test
  void bothSchemasAcceptAndRejectTheSameFilesAtTheSamePlaces() throws Exception {
    // Formats asserted in both, as tagkit's check asserts them.
    Schema reference =
        SchemaCheck.offline(builder -> {}).getSchema(SchemaCheck.resource(), InputFormat.JSON);
    Schema draft07 =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7,
                builder ->
                    builder.schemaRegistryConfig(
                        com.networknt.schema.SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()))
            .getSchema(Files.readString(ProjectFiles.path(FILE)), InputFormat.JSON);
    List<Path> files = new ArrayList<>(ConformanceTest.fixtures().toList());
    files.add(ProjectFiles.path("examples/cncf-toc/tags.yaml"));
    files.add(ProjectFiles.path("examples/tag-infrastructure/tag.yaml"));
    YAMLMapper yaml = YAMLMapper.builder().build();
    int rejected = 0;
    int accepted = 0;
    for (Path file : files) {
      JsonNode document;
      try {
        document = yaml.readTree(Files.readString(file));
      } catch (RuntimeException e) {
        continue; // not YAML at all: the schema never sees it
      }
      if (document == null || document.isMissingNode()) {
        continue;
      }
      String json = JSON.writeValueAsString(document);
      Set<String> byReference = places(reference.validate(json, InputFormat.JSON));
      Set<String> byDraft07 = places(draft07.validate(json, InputFormat.JSON));
      assertThat(byDraft07).as("%s", file).isEqualTo(byReference);
      if (byReference.isEmpty()) {
        accepted++;
      } else {
        rejected++;
      }
    }
    assertThat(accepted).isGreaterThan(2);
    assertThat(rejected).isGreaterThan(5);
  }

  private static Set<String> places(List<Error> errors) {
    return errors.stream()
        .map(e -> e.getInstanceLocation().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
