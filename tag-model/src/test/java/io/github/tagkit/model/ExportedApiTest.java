package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ExportedApi;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** tag-model's exported types show only JDK and tagkit types, in signatures and annotations. */
class ExportedApiTest {

  @Test
  void theModelsApiShowsNoDependency() {
    assertThat(ExportedApi.types(TagRegistry.class))
        .contains(TagRegistry.class, Tag.class, Contact.class, Recurrence.class, Suggestions.class)
        .noneMatch(type -> type.getPackageName().endsWith(".internal"));
    assertThat(ExportedApi.foreignTypes(TagRegistry.class)).isEmpty();
  }

  /** What the check reports when a type shows Jackson: a record as the model's once were. */
  public record Leaky(
      @com.fasterxml.jackson.annotation.JsonProperty("x") String x, Optional<JsonNode> tree) {
    public List<? extends JsonNode> nodes() {
      return List.of();
    }
  }

  @Test
  void aTypeThatShowsADependencyIsReported() {
    String leaky = Leaky.class.getName();
    assertThat(ExportedApi.foreignTypesOf(Leaky.class))
        .contains(
            leaky + ".x() is annotated @com.fasterxml.jackson.annotation.JsonProperty",
            leaky + ".<init> x is annotated @com.fasterxml.jackson.annotation.JsonProperty",
            leaky + ".tree shows tools.jackson.databind.JsonNode",
            leaky + ".nodes() shows tools.jackson.databind.JsonNode",
            leaky + ".<init> tree shows tools.jackson.databind.JsonNode");
  }
}
