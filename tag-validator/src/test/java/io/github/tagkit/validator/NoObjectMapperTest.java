package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /** The same check sees a mapper when one is built, and the YAML parser when it is used. */
  @Test
  void aMapperBuiltOnTheWayIsSeen() throws Exception {
    try (IsolatedTagkit tagkit = new IsolatedTagkit()) {
      validateAndReport(tagkit);
      // flow style, which only the YAML parser reads, and a number for a name, which only
      // Jackson's binding turns into text
      tagkit.call(
          "io.github.tagkit.model.TagRegistry",
          "parse",
          new Class<?>[] {String.class, String.class},
          "{tags: [{dir: x, name: 1}]}",
          "tags.yaml");
      assertThat(tagkit.hasLoaded(MAPPER_ONLY[0])).isTrue();
      assertThat(tagkit.hasLoaded(MAPPER_ONLY[2])).isTrue();
    }
  }

  /**
   * A finding with a fix (a trailing space, a misspelled key) costs no editor, and so no mapper,
   * until a report that shows fixes (SARIF, JSON) or {@code tag:fix} asks for it: the real registry
   * has a line with trailing spaces, and a plain validation must not pay for its fix.
   */
  @Test
  void aFixIsWorkedOutOnlyForTheReportThatShowsIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.writeString(
        file,
        Files.readString(ProjectFiles.excerpt())
            .replaceFirst("    name: TAG Infrastructure\n", "    name: TAG Infrastructure  \n")
            .replaceFirst("          lfx_id:\n", "          lfxid:\n"));
    try (IsolatedTagkit tagkit = new IsolatedTagkit()) {
      Object report = validate(tagkit, file);
      assertThat(render(tagkit, "TEXT", report))
          .contains("[trailing-whitespace]")
          .contains("did you mean 'lfx_id'?");
      render(tagkit, "GITHUB", report);
      assertThat(tagkit.hasLoaded("io.github.tagkit.model.TagFileEditor")).isFalse();
      for (String type : MAPPER_ONLY) {
        assertThat(tagkit.hasLoaded(type)).as(type).isFalse();
      }
      // SARIF shows the replacements, and works them out (JSON lists the fixes that can be made).
      assertThat(render(tagkit, "SARIF", report))
          .contains("\"fixes\"")
          .contains("\"text\" : \"remove the spaces at the end of line 3\"")
          .contains("\"text\" : \"rename the key to 'lfx_id'\"")
          .contains("\"insertedContent\" : {\n              \"text\" : \"_\"");
      assertThat(tagkit.hasLoaded("io.github.tagkit.model.TagFileEditor")).isTrue();
    }
  }

  private static Object validate(IsolatedTagkit tagkit, Path file) throws Exception {
    Object builder =
        tagkit.call("io.github.tagkit.validator.TagValidator", "builder", new Class<?>[0]);
    builder
        .getClass()
        .getMethod("today", LocalDate.class)
        .invoke(builder, LocalDate.of(2026, 7, 1));
    Object validator = builder.getClass().getMethod("build").invoke(builder);
    return validator
        .getClass()
        .getMethod("validate", Path[].class)
        .invoke(validator, (Object) new Path[] {file});
  }

  private static String render(IsolatedTagkit tagkit, String format, Object report)
      throws Exception {
    Class<?> formats = tagkit.loadClass("io.github.tagkit.validator.ReportFormat");
    Class<?> reports = tagkit.loadClass("io.github.tagkit.validator.Report");
    Object value = formats.getField(format).get(null);
    return (String) formats.getMethod("render", reports).invoke(value, report);
  }

  private static void validateAndReport(IsolatedTagkit tagkit) throws Exception {
    Object report = validate(tagkit, ProjectFiles.excerpt());
    for (String format : new String[] {"SARIF", "GITHUB"}) {
      assertThat(render(tagkit, format, report)).contains("term-expired");
    }
  }
}
