package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults lose nothing and leave nothing: two edits of one file never lose one of them, and a
 * temporary file a killed run left behind is cleaned up by the next write.
 */
class FaultsTest {
  @TempDir Path dir;

  @Test
  void anEditOfAFileThatChangedSinceItWasReadIsRefusedNotWrittenOver() throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), file);
    TagFileEditor first = TagFileEditor.open(file).set("/tags/0/name", "TAG One");
    TagFileEditor second = TagFileEditor.open(file).set("/tags/1/name", "TAG Two");
    assertThat(first.write(file)).isTrue();
    assertThatThrownBy(() -> second.write(file))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("the file changed since it was read");
    assertThat(TagRegistry.read(file).tags().get(0).name()).isEqualTo("TAG One");
    // Made again on the new text, the second edit keeps the first.
    assertThat(TagFileEditor.open(file).set("/tags/1/name", "TAG Two").write(file)).isTrue();
    assertThat(TagRegistry.read(file).tags())
        .extracting(Tag::name)
        .startsWith("TAG One", "TAG Two");
  }

  @Test
  void editsRacingOnOneFileLoseNoChangeTheyReportAsMade() throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), file);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 8; round++) {
        List<Callable<Boolean>> edits = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
          String name = "TAG " + round + "-" + t;
          int tag = t;
          edits.add(
              () -> {
                try {
                  return TagFileEditor.open(file).set("/tags/" + tag + "/name", name).write(file);
                } catch (EditRefusedException refused) {
                  return false;
                }
              });
        }
        List<Boolean> made = new ArrayList<>();
        for (Future<Boolean> edit : pool.invokeAll(edits)) {
          made.add(edit.get());
        }
        List<String> names = TagRegistry.read(file).tags().stream().map(Tag::name).toList();
        for (int t = 0; t < 3; t++) {
          if (made.get(t)) {
            assertThat(names.get(t)).as("round " + round).isEqualTo("TAG " + round + "-" + t);
          }
        }
        assertThat(made).as("round " + round + ": one of them is made").contains(true);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aTemporaryFileAKilledRunLeftIsRemovedByTheNextWrite() throws Exception {
    Path file = Files.writeString(dir.resolve("tags.yaml"), "tags: []\n");
    Path stale =
        Files.writeString(
            dir.resolve(".tags.yaml-0b4f2c1e-6d3a-4f7e-9a1b-2c3d4e5f6a7b.tmp"), "tags: [half");
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(3600)));
    Path fresh =
        Files.writeString(
            dir.resolve(".tags.yaml-1b4f2c1e-6d3a-4f7e-9a1b-2c3d4e5f6a7b.tmp"), "in use");
    Path other = Files.writeString(dir.resolve(".notes.tmp"), "not ours");
    Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(3600)));
    AtomicFiles.write(file, "tags: []\ntoc_subprojects: []\n");
    assertThat(stale).doesNotExist();
    assertThat(fresh).as("a write in progress elsewhere is left alone").exists();
    assertThat(other).exists();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "tags.yaml", ".notes.tmp", ".tags.yaml-1b4f2c1e-6d3a-4f7e-9a1b-2c3d4e5f6a7b.tmp");
    }
  }
}
