package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.tagkit.model.Format;
import io.github.tagkit.model.TagReader;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.MetadataGenerators;
import io.github.tagkit.model.testing.Properties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Properties over generated metadata and mutations of it: validation always returns a report in
 * bounded time, every finding is inside the file, valid documents have no errors, the model
 * round-trips. A few hundred tries in the normal test run; {@code mvn -Pfuzz} runs 50 times as
 * many.
 */
class ValidatorPropertiesTest {
  private static final TagValidator VALIDATOR =
      TagValidator.builder().today(MetadataGenerators.TODAY).maxFileSize(512 * 1024).build();
  @TempDir static Path dir;

  @Test
  void aValidDocumentHasNoErrors() {
    Properties.forAll(
        MetadataGenerators.registry(),
        registry -> {
          Report report = VALIDATOR.validate(registry.toYaml(), "tags.yaml");
          assertThat(report.errors()).as(ReportFormat.TEXT.render(report)).isZero();
        });
  }

  @Test
  void readWriteReadIsTheIdentity() {
    Properties.forAll(
        MetadataGenerators.registry(),
        registry -> {
          assertThat(TagRegistry.parse(registry.toYaml(), "tags.yaml")).isEqualTo(registry);
          assertThat(TagReader.strict().read(registry.toJson(), "tags.json", Format.JSON))
              .isEqualTo(registry);
        });
  }

  /** A way to damage a document. */
  enum Mutation {
    DELETE_LINE,
    DUPLICATE_LINE,
    RENAME_KEY,
    RETYPE_VALUE,
    TRUNCATE,
    INSERT_TAB,
    CONTROL_CHARACTER,
    HUGE_SCALAR,
    DEEP_NESTING,
    ANCHOR_AND_ALIAS,
    INVALID_UTF8
  }

  private static Gen<byte[]> damaged() {
    return choices -> {
      TagRegistry registry = MetadataGenerators.registry().next(choices);
      List<Mutation> mutations = Gen.of(Mutation.class).list(1, 3).next(choices);
      byte[] bytes = registry.toYaml().getBytes(StandardCharsets.UTF_8);
      for (Mutation mutation : mutations) {
        bytes = mutate(bytes, mutation, choices.draw(0, Integer.MAX_VALUE));
      }
      return bytes;
    };
  }

  static byte[] mutate(byte[] bytes, Mutation mutation, int position) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    int line = lines.length == 0 ? 0 : position % lines.length;
    switch (mutation) {
      case DELETE_LINE -> lines[line] = null;
      case DUPLICATE_LINE -> lines[line] = lines[line] + "\n" + lines[line];
      case RENAME_KEY -> lines[line] = lines[line].replaceFirst("([a-z_]+):", "$1x:");
      case RETYPE_VALUE -> lines[line] = lines[line].replaceFirst(": .*$", ": [1, {a: 2}]");
      case TRUNCATE -> {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : position % bytes.length);
      }
      case INSERT_TAB -> lines[line] = "\t" + lines[line];
      case CONTROL_CHARACTER -> lines[line] = lines[line] + "\u0007\u0000";
      case HUGE_SCALAR ->
          lines[line] = lines[line].replaceFirst(": .*$", ": " + "x".repeat(200_000));
      case DEEP_NESTING ->
          lines[line] =
              lines[line].replaceFirst(": .*$", ": " + "[".repeat(5_000) + "]".repeat(5_000));
      case ANCHOR_AND_ALIAS ->
          lines[line] = lines[line].replaceFirst(": (.*)$", ": &a $1") + "\nalias: *a";
      case INVALID_UTF8 -> {
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 2);
        int at = bytes.length == 0 ? 0 : position % bytes.length;
        System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
        broken[at] = (byte) 0xC3;
        broken[at + 1] = (byte) 0x28;
        return broken;
      }
    }
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      if (l != null) {
        out.append(l).append('\n');
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void damagedInputAlwaysGetsAReportWithFindingsInsideTheFile() {
    Properties.forAll(damaged(), ValidatorPropertiesTest::getsAReportWithFindingsInsideTheFile);
  }

  private static void getsAReportWithFindingsInsideTheFile(byte[] content) throws IOException {
    Path file = Files.write(dir.resolve("tags.yaml"), content);
    Report report =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> VALIDATOR.validate(file));
    long lines = new String(content, StandardCharsets.UTF_8).lines().count();
    for (Finding finding : report.findings()) {
      Location at = finding.location();
      if (at.line() == 0) {
        assertThat(at.column()).isZero();
      } else {
        assertThat(at.line()).as(finding.toString()).isBetween(1, (int) lines + 1);
        assertThat(at.column()).as(finding.toString()).isGreaterThanOrEqualTo(1);
      }
      assertThat(finding.message()).isNotBlank().doesNotContain("Exception", "\tat ");
    }
  }
}
