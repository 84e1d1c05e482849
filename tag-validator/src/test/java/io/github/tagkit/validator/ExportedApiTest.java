package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ExportedApi;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.RuleContext;
import org.junit.jupiter.api.Test;

/**
 * tag-validator's exported types (the validator and the rule API) show only JDK and tagkit types:
 * no Jackson node, no networknt error. ExportedApiTest in tag-model shows the check failing.
 */
class ExportedApiTest {

  @Test
  void theValidatorsApiShowsNoDependency() {
    assertThat(ExportedApi.types(TagValidator.class))
        .contains(TagValidator.class, Report.class, Rule.class, RuleContext.class)
        .noneMatch(type -> type.getPackageName().contains(".internal"))
        .noneMatch(type -> type.getPackageName().endsWith(".rules"));
    assertThat(ExportedApi.foreignTypes(TagValidator.class)).isEmpty();
  }
}
