package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never escapes as an exception or hangs: each becomes an error finding, located where
 * the file has a place for it.
 */
class BadInputTest {
  private static final TagValidator VALIDATOR =
      TagValidator.builder().today(LocalDate.of(2026, 7, 1)).maxFileSize(64 * 1024).build();

  @TempDir Path dir;

  private List<String> findings(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Report report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> VALIDATOR.validate(file), "validation must not hang");
    return report.findings().stream()
        .map(f -> f.toString().replace(dir.toString() + "/", ""))
        .toList();
  }

  private List<String> findings(String name, String content) throws Exception {
    return findings(name, content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void malformedYaml() throws Exception {
    assertThat(findings("tag.yaml", "dir: tag-x\nname: \"TAG X\n"))
        .containsExactly(
            "tag.yaml:3:1: error [yaml-syntax] malformed YAML: found unexpected end of stream"
                + " (while scanning a quoted scalar that starts at line 2)");
  }

  @Test
  void emptyAndCommentOnlyFiles() throws Exception {
    assertThat(findings("empty.yaml", ""))
        .containsExactly("empty.yaml: error [empty-file] the file is empty");
    assertThat(findings("comments.yaml", "# nothing but a comment\n"))
        .containsExactly("comments.yaml: error [empty-file] the file holds no YAML document");
  }

  @Test
  void anExplicitlyEmptyDocumentOrAKeyThatIsAList() throws Exception {
    assertThat(findings("empty-doc.yaml", "---\n...\n"))
        .containsExactly("empty-doc.yaml: error [empty-file] the file's YAML document is empty");
    assertThat(findings("complex-key.yaml", "? [a]\n: b\n"))
        .containsExactly(
            "complex-key.yaml:1:4: error [yaml-syntax] malformed YAML: a key must be plain text, not"
                + " a list or a mapping");
  }

  @Test
  void binaryFile() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'};
    assertThat(findings("logo.yaml", png))
        .containsExactly(
            "logo.yaml:1:1: error [yaml-syntax] the file is not valid UTF-8: byte 0x89 cannot be read"
                + " as text; save the file as UTF-8");
  }

  @Test
  void invalidUtf8() throws Exception {
    byte[] bytes = "dir: tag-x\nname: TAG \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(findings("latin1.yaml", bytes))
        .containsExactly(
            "latin1.yaml:2:11: error [yaml-syntax] the file is not valid UTF-8: byte 0xE9 cannot be"
                + " read as text; save the file as UTF-8");
  }

  @Test
  void theReplacementCharacterWrittenOnPurposeIsText() throws Exception {
    byte[] bytes = "dir: tag-x\nname: TAG \uFFFD\n".getBytes(StandardCharsets.UTF_8);
    assertThat(findings("tag.yaml", bytes)).noneMatch(finding -> finding.contains("yaml-syntax"));
  }

  /** A tab is a finding at its place, and the rest of the file is read as if it were spaces. */
  @Test
  void tabIndentation() throws Exception {
    List<String> found =
        findings("tag.yaml", "dir: tag-x\nname: TAG X\nleadership:\n\tchairs: []\n");
    assertThat(found)
        .filteredOn(f -> f.contains("yaml-syntax"))
        .containsExactly(
            "tag.yaml:4:1: error [yaml-syntax] a tab in the indentation: YAML indents with spaces"
                + " only; indent this line with 2 spaces (the rest of the file is checked as if it"
                + " were)");
    assertThat(found)
        .contains(
            "tag.yaml:4:2: error [require-chairs] TAG X lists no chairs; add them under"
                + " leadership.chairs");
    // A tab that no width of spaces makes YAML of is the reader's one finding, as before.
    assertThat(findings("tag.yaml", "dir: tag-x\nname: [\n\t- x\n"))
        .singleElement()
        .asString()
        .startsWith("tag.yaml:3:2: error [yaml-syntax] malformed YAML");
  }

  @Test
  void aliasBombIsNeverExpanded() throws Exception {
    StringBuilder yaml =
        new StringBuilder("dir: tag-x\nname: TAG X\nbomb:\n  a0: &a0 [lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      yaml.append("  a").append(i).append(": &a").append(i).append(" [*a").append(i - 1);
      yaml.append(", *a").append(i - 1).append("]\n");
    }
    List<String> findings = findings("bomb.yaml", yaml.toString());
    assertThat(findings)
        .contains(
            "bomb.yaml:3:1: error [unknown-key] unknown key 'bomb' at the root; expected one of: charter_link, contact, dir, label, landscape_preview_image, landscape_url, leadership, meetings, mission_statement, name, page, tag_initiatives, tag_subprojects");
    assertThat(findings).filteredOn(f -> f.contains("[yaml-alias]")).hasSize(58);
  }

  @Test
  void nestingTenThousandDeep() throws Exception {
    String deep = "dir: tag-x\nname: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    assertThat(findings("deep.yaml", deep))
        .containsExactly(
            "deep.yaml:2:71: error [resource-limit] the file goes beyond what metadata needs:"
                + " values nest more than 64 levels deep (maxNestingDepth)");
  }

  @Test
  void fileAboveTheSizeCap() throws Exception {
    String big = "dir: tag-x\nname: TAG X\nmission_statement: " + "x".repeat(70_000) + "\n";
    assertThat(findings("big.yaml", big))
        .containsExactly(
            "big.yaml: error [resource-limit] the file is 70043 bytes; metadata files are limited"
                + " to 65536 bytes (maxFileSize)");
  }

  @Test
  void directoryAndMissingPath() {
    Report report = VALIDATOR.validate(dir, dir.resolve("missing.yaml"));
    assertThat(report.findings())
        .extracting(Finding::toString)
        .containsExactly(
            dir + ": error [unreadable-file] is a directory, not a metadata file",
            dir.resolve("missing.yaml") + ": error [unreadable-file] no such file");
    assertThat(report.filesChecked()).isEqualTo(2);
  }

  @Test
  void yaml11LookAlikesAreTheTextTheyLookLike() throws Exception {
    String yaml =
        """
        dir: tag-x
        name: no
        label: tag-x
        leadership:
          chairs:
            - github: on
              name: Yes
              term:
                start: 2025-07-01
                end: 2027-06-30
        meetings:
          - recordings_url: https://www.youtube.com/@x
            recurrence:
              frequency: weekly
              day: monday
              time: 10:00
              time_zone: UTC
        contact:
          toc_liaison:
            - github: off
              name: Off
        """;
    assertThat(findings("tag.yaml", yaml)).isEmpty();
  }

  @Test
  void numbersAndBooleansWhereTextBelongs() throws Exception {
    assertThat(findings("tag.yaml", "dir: tag-x\nname: true\nlabel: 1.5\n"))
        .contains(
            "tag.yaml:2:7: error [wrong-type] 'name' must be text, not true/false (quote it to make"
                + " it text)",
            "tag.yaml:3:8: error [wrong-type] 'label' must be text, not a number (quote it to make"
                + " it text)");
  }
}
