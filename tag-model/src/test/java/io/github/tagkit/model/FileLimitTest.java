package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way the model reads a metadata file refuses one over {@link TagReader#MAX_FILE_SIZE} before
 * reading it, in the words {@code tag:validate} uses; a file of exactly the limit is read.
 */
class FileLimitTest {
  @TempDir Path dir;

  /** A file of {@code size} bytes: a TAG, then a comment line as long as it takes. */
  private Path file(long size) throws Exception {
    Path file = dir.resolve("tag.yaml");
    String head = "dir: tag-x\nname: TAG X\n#";
    Files.writeString(file, head);
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.seek(head.length());
      byte[] line = "x".repeat(64 * 1024).getBytes();
      long left = size - head.length() - 1;
      while (left > 0) {
        int n = (int) Math.min(line.length, left);
        out.write(line, 0, n);
        left -= n;
      }
      out.write('\n');
    }
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  @Test
  void everyReaderRefusesAFileOverTheLimit() throws Exception {
    Path file = file(10_900_000);
    String refused =
        file
            + ": [resource-limit] the file is 10900000 bytes; metadata files are limited to"
            + " 4194304 bytes (maxFileSize)";
    assertThatThrownBy(() -> TagRegistry.read(file))
        .isInstanceOf(TagFileException.class)
        .hasMessage(refused);
    assertThatThrownBy(() -> TagReader.strict().lenient().read(file)).hasMessage(refused);
    assertThatThrownBy(() -> TagFileEditor.open(file)).hasMessage(refused);
    assertThatThrownBy(() -> TagExport.of(dir, List.of(file))).hasMessage(refused);
    TagRegistry registry = TagRegistry.parse("dir: tag-x\nname: TAG X\n", "tag.yaml");
    assertThatThrownBy(() -> registry.write(file)).hasMessage(refused);
    assertThat(Files.size(file)).as("the file is left as it was").isEqualTo(10_900_000);
  }

  @Test
  void aFileOfExactlyTheLimitIsRead() throws Exception {
    Path file = file(TagReader.MAX_FILE_SIZE);
    assertThat(TagRegistry.read(file).tags()).extracting(Tag::name).containsExactly("TAG X");
    assertThat(TagFileEditor.open(file).text()).hasSize((int) TagReader.MAX_FILE_SIZE);
  }

  @Test
  void aDirectoryOrBytesThatAreNotUtf8AreRefusedByName() throws Exception {
    assertThatThrownBy(() -> TagFileEditor.open(dir))
        .hasMessage(dir + ": is a directory, not a metadata file");
    Path latin1 =
        Files.write(
            dir.resolve("tags.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
    TagFileException e =
        catchThrowableOfType(() -> TagFileEditor.open(latin1), TagFileException.class);
    assertThat(e).hasMessage(latin1 + ": is not UTF-8 text");
  }

  @Test
  void deepNestingAndLongValuesAreRefusedInTheValidatorsWords() throws Exception {
    // Under a key the lenient reader skips, every level is still read: the limit stops it.
    Path deep =
        Files.writeString(
            dir.resolve("deep.yaml"),
            "dir: tag-x\nname: TAG X\nnotes: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    assertThatThrownBy(() -> TagReader.strict().lenient().read(deep))
        .isInstanceOf(TagFileException.class)
        .hasMessageMatching(
            ".*deep\\.yaml:3:\\d+: \\[resource-limit\\] the file goes beyond what metadata"
                + " needs: values nest more than 64 levels deep \\(maxNestingDepth\\)");
    Path longValue =
        Files.writeString(
            dir.resolve("long.yaml"),
            "dir: tag-x\nname: TAG X\nmission_statement: " + "x".repeat(100_001) + "\n");
    assertThatThrownBy(() -> TagExport.of(dir, List.of(longValue)))
        .isInstanceOf(TagFileException.class)
        .hasMessageContaining(
            "[resource-limit] the file goes beyond what metadata needs: a value is longer than"
                + " 100000 characters (maxStringLength)");
    // One character less is a value like any other.
    Files.writeString(
        longValue, "dir: tag-x\nname: TAG X\nmission_statement: " + "x".repeat(100_000) + "\n");
    assertThat(TagRegistry.read(longValue).tags().get(0).missionStatement())
        .hasValueSatisfying(m -> assertThat(m).hasSize(100_000));
  }
}
