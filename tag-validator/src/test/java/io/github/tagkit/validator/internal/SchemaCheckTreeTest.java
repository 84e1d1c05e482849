package io.github.tagkit.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The schema's tree is the one Jackson's mapper reads from the same text. */
class SchemaCheckTreeTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @Test
  void theShippedSchema() {
    String schema = SchemaCheck.resource();
    assertThat(SchemaCheck.tree(schema)).isEqualTo(MAPPER.readTree(schema));
  }

  @Test
  void everyKindOfValue() {
    String json =
        "{\"a\": [1, -2, 3000000000, 123456789012345678901234567890, 1.5, -0.25e3],"
            + " \"b\": {\"c\": null, \"d\": true, \"e\": false, \"f\": \"t\\u00e9xt\\n\"},"
            + " \"g\": [], \"h\": {}, \"a\\\"b\": \"\"}";
    assertThat(SchemaCheck.tree(json)).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void textAfterTheRootIsRefused() {
    assertThatThrownBy(() -> SchemaCheck.tree("{} {}"))
        .hasMessageStartingWith("the schema does not read: ");
  }
}
