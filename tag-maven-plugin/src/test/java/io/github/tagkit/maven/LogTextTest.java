package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No line a goal prints starts a GitHub workflow command, whatever the metadata holds: a name that
 * carries a line break and {@code ::stop-commands::} is printed with its line break escaped or its
 * command broken.
 */
class LogTextTest {
  @TempDir Path repo;

  /** Every line as a log reader splits them: at LF, CR, CRLF and the Unicode separators. */
  private static List<String> lines(List<String> printed) {
    List<String> lines = new ArrayList<>();
    for (String text : printed) {
      lines.addAll(List.of(text.split("\r\n|[\n\r\u0085\u2028\u2029]")));
    }
    return lines;
  }

  @Test
  void textKeepsItsLineBreaksButStartsNoCommand() {
    assertThat(LogText.safe("a diff:\n+ x\n::error::owned\n  ::add-mask::s"))
        .isEqualTo("a diff:\n+ x\n\\::error::owned\n\\  ::add-mask::s");
    assertThat(LogText.safe("TAG X\r::stop-commands::t\u2028::warning::w\u0085\u0007"))
        .isEqualTo("TAG X\\r::stop-commands::t\\u2028::warning::w\\u0085\\u0007");
    assertThat(LogText.safe("a\tb: c::d")).isEqualTo("a\tb: c::d");
  }

  @Test
  void hostileNamesStartNoCommandInTheFindingsOrTheFailure() throws Exception {
    Files.writeString(
        repo.resolve("tag.yaml"),
        "dir: tag-x\nname: \"TAG X\\n::stop-commands::token\\r::error file=a,line=1::owned\"\n");
    RecordingLog log = new RecordingLog();
    ValidateMojo mojo = ValidateMojoTest.mojo(repo, log);
    List<String> printed = new ArrayList<>();
    assertThatThrownBy(mojo::execute).satisfies(e -> printed.add(e.getMessage()));
    printed.addAll(log.lines);
    assertThat(String.join("\n", log.lines)).contains("TAG X").contains("\\::stop-commands::token");
    assertThat(lines(printed)).noneMatch(line -> line.strip().startsWith("::"));
  }
}
