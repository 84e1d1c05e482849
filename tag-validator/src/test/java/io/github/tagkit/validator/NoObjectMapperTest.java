package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Validating the example registry (with cncf/toc's label definitions beside it, which label-exists
 * reads) and writing the reports CI asks for (SARIF and GitHub annotations) builds no object
 * mapper: a cold process would spend a large part of its start building one (benchmarks/README.md).
 * The classes below are loaded only by a mapper that reads or writes beans, or by a YAML parser
 * (which the fast reader of block-style YAML makes unneeded).
 */
class NoObjectMapperTest {
  private static final String[] MAPPER_ONLY = {
    "tools.jackson.databind.deser.BeanDeserializerFactory",
    "tools.jackson.databind.ser.BeanSerializerFactory",
    "org.snakeyaml.engine.v2.api.LoadSettings"
  };

  @Test
  void validatingTheRegistryWithSarifAndGithubReportsBuildsNoMapper() throws Exception {
    try (IsolatedTagkit tagkit = new IsolatedTagkit()) {
      validateAndReport(tagkit);
      assertThat(tagkit.hasLoaded("io.github.tagkit.validator.internal.JsonReports")).isTrue();
      for (String type : MAPPER_ONLY) {
        assertThat(tagkit.hasLoaded(type)).as(type).isFalse();
      }
    }
  }

  /** The same check sees a mapper when one is built: reading the model with its own reader. */
  @Test
  void aMapperBuiltOnTheWayIsSeen() throws Exception {
    try (IsolatedTagkit tagkit = new IsolatedTagkit()) {
      validateAndReport(tagkit);
      tagkit.call(
          "io.github.tagkit.model.TagRegistry",
          "read",
          new Class<?>[] {Path.class},
          ProjectFiles.excerpt());
      assertThat(tagkit.hasLoaded(MAPPER_ONLY[0])).isTrue();
      assertThat(tagkit.hasLoaded(MAPPER_ONLY[2])).isTrue();
    }
  }

  private static void validateAndReport(IsolatedTagkit tagkit) throws Exception {
    Object builder =
        tagkit.call("io.github.tagkit.validator.TagValidator", "builder", new Class<?>[0]);
    builder
        .getClass()
        .getMethod("today", LocalDate.class)
        .invoke(builder, LocalDate.of(2026, 7, 1));
    Object validator = builder.getClass().getMethod("build").invoke(builder);
    Object report =
        validator
            .getClass()
            .getMethod("validate", Path[].class)
            .invoke(validator, (Object) new Path[] {ProjectFiles.excerpt()});
    Class<?> formats = tagkit.loadClass("io.github.tagkit.validator.ReportFormat");
    Class<?> reports = tagkit.loadClass("io.github.tagkit.validator.Report");
    for (String format : new String[] {"SARIF", "GITHUB"}) {
      Object value = formats.getField(format).get(null);
      String rendered = (String) formats.getMethod("render", reports).invoke(value, report);
      assertThat(rendered).contains("term-expired");
    }
  }
}
