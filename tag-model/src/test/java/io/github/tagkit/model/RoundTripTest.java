package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** read → write → read gives equal records, in YAML and JSON, and the written text is the file. */
class RoundTripTest {

  static Stream<Path> files() {
    return Stream.of(
        Fixtures.excerpt(),
        Fixtures.resource("model/every-field.yaml"),
        Fixtures.example("tag-infrastructure/tag.yaml"));
  }

  @ParameterizedTest
  @MethodSource("files")
  void yamlRoundTripIsLossless(Path file) {
    TagRegistry read = Fixtures.read(file);
    TagRegistry again = TagRegistry.parse(read.toYaml(), file.toString());
    assertThat(again).isEqualTo(read);
    assertThat(again.toYaml()).isEqualTo(read.toYaml());
  }

  @ParameterizedTest
  @MethodSource("files")
  void jsonRoundTripIsLossless(Path file, @TempDir Path dir) throws Exception {
    TagRegistry read = Fixtures.read(file);
    Path json = dir.resolve("tags.json");
    read.write(json);
    assertThat(Files.readString(json)).startsWith("{").isEqualTo(read.toJson());
    assertThat(TagRegistry.read(json)).isEqualTo(read);
  }

  @Test
  void writesEveryFieldInTheOrderOfTheRealFiles() {
    Path file = Fixtures.resource("model/every-field.yaml");
    String expected = Fixtures.text(file).replaceFirst("(?s)^#[^\n]*\n", "");
    assertThat(Fixtures.read(file).toYaml()).isEqualTo(expected);
  }

  @Test
  void modelHoldsEveryValueOfEveryField() {
    Path file = Fixtures.resource("model/every-field.yaml");
    assertThat(Trees.ofModel(Fixtures.read(file))).isEqualTo(Trees.ofFile(file));
  }

  @Test
  void singleTagFileIsWrittenBackAsASingleTag(@TempDir Path dir) throws Exception {
    TagRegistry registry = Fixtures.read(Fixtures.example("tag-infrastructure/tag.yaml"));
    Path copy = dir.resolve("tag.yaml");
    registry.write(copy);
    assertThat(Files.readString(copy))
        .startsWith("dir: tag-infrastructure\nname: TAG Infrastructure\n");
    assertThat(TagRegistry.read(copy).layout()).isEqualTo(Layout.SINGLE_TAG);
  }
}
