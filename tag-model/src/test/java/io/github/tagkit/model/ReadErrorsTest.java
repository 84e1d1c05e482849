package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input gets one clear message naming file, line and column, never a stack trace from inside
 * the parser. Each case: the YAML ('\n' for line breaks, '\t' for a tab) and the exact message.
 */
class ReadErrorsTest {
  private static final String TAG = "tags:\n  - dir: tag-x\n    name: TAG X\n";

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          TAG+    contact:\\n      slack: C1\\n      mailing_lst: https://x\\n  | t.yaml:6:7: unknown key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?
          TAG+    leadership:\\n      chair:\\n        - name: A\\n            | t.yaml:5:7: unknown key 'chair' in /tags/0/leadership; did you mean 'chairs'?
          TAG+    contact:\\n      toc_liasion: []\\n                         | t.yaml:5:7: unknown key 'toc_liasion' in /tags/0/contact; did you mean 'toc_liaison'?
          TAG+    tag_subprojects:\\n      - dir: s\\n        name: S\\n        tag_initiatives: x\\n | t.yaml:7:9: unknown key 'tag_initiatives' in /tags/0/tag_subprojects/0; expected one of: charter_link, contact, dir, label, landscape_preview_image, landscape_url, leadership, meetings, mission_statement, name, page
          tagz:\\n  - dir: x\\n                                                  | t.yaml:1:1: unknown key 'tagz' at the root; did you mean 'tags'?
          TAG+    name: TAG Y\\n                                              | t.yaml:4:5: duplicate key 'name' in /tags/0; the first one, at line 3, is used
          TAG+    contact:\\n      slack: C1\\n      slack: C2\\n                | t.yaml:6:7: duplicate key 'slack' in /tags/0/contact; the first one, at line 5, is used
          TAG+    leadership:\\n      chairs: alice\\n                           | t.yaml:5:15: 'chairs' must be a list, not text
          TAG+    meetings:\\n      description: x\\n                           | t.yaml:5:7: 'meetings' must be a list, not a mapping
          TAG+    label:\\n      - a\\n                                         | t.yaml:5:7: 'label' must be text, not a list
          TAG+    meetings:\\n      -\\n      - description: x\\n              | t.yaml:5:8: entry 1 of 'meetings' is empty
          tags:\\n  -\\n                                                          | t.yaml:2:4: entry 1 of 'tags' is empty
          TAG+    leadership:\\n      chairs:\\n        - term:\\n            start: 2025-13-01\\n            end: 2026-01-01\\n | t.yaml:7:20: 'start' is '2025-13-01', which is not a date (YYYY-MM-DD)
          TAG+    leadership:\\n      chairs:\\n        - term:\\n            start: 2025-02-30\\n            end: 2026-01-01\\n | t.yaml:7:20: 'start' is '2025-02-30', which is not a date (YYYY-MM-DD)
          TAG+    leadership:\\n      chairs:\\n        - term:\\n            start: 2025-7-1\\n            end: 2026-01-01\\n | t.yaml:7:20: 'start' is '2025-7-1', which is not a date (YYYY-MM-DD)
          TAG+    leadership:\\n      chairs:\\n        - term:\\n            start: 2025-01-01\\n | t.yaml:6:11: term needs an 'end' date
          tags:\\n  - name: X\\n                                                | t.yaml:2:5: 'dir' is required and must not be empty in entry 1 of 'tags'
          dir: x\\nname: y\\nmeetings:\\n  - recurrence:\\n      frequency: daily\\n      day: monday\\n      time: 10:00\\n      time_zone: UTC\\n | t.yaml:5:18: 'frequency' is 'daily', which is not one of weekly, biweekly, monthly
          dir: x\\nname: y\\nmeetings:\\n  - recurrence:\\n      frequency: weekly\\n      day: monday\\n      time: 25:00\\n      time_zone: UTC\\n | t.yaml:7:13: 'time' is '25:00', which is not a time of day (HH:mm)
          TAG+    leadership: [a]\\n                                         | t.yaml:4:17: 'leadership' must be a mapping of keys, not a list
          TAG+    leadership: [a\\n                                          | t.yaml:5:1: malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence that starts at line 4)
          TAG+   label: x\\n                                                | t.yaml:4:4: malformed YAML: expected <block end>, but found '<block mapping start>' (while parsing a block collection that starts at line 2)
          TAG+\\tlabel: x\\n                                                 | t.yaml:4:1: a tab in the indentation: YAML indents with spaces only; indent this line with 4 spaces (the rest of the file is checked as if it were)
          TAG+name: "unclosed\\n                                             | t.yaml:5:1: malformed YAML: found unexpected end of stream (while scanning a quoted scalar that starts at line 4)
          TAG+---\\nfoo: 1\\n                                                 | t.yaml:5:1: the file holds more than one YAML document; keep the metadata in one
          - a\\n- b\\n                                                        | t.yaml:1:1: expected a mapping at the root (tags: and toc_subprojects: for a registry, or the keys of one TAG), not a list
          just text\\n                                                        | t.yaml:1:1: expected a mapping at the root (tags: and toc_subprojects: for a registry, or the keys of one TAG), not text
          `   `                                                                | t.yaml: the file is empty
          """)
  void badInputIsReportedWhereItIs(String yaml, String message) {
    String content = yaml.strip().replace("TAG+", TAG).replace("\\n", "\n").replace("\\t", "\t");
    assertThatThrownBy(() -> TagRegistry.parse(content, "t.yaml"))
        .isInstanceOf(TagFileException.class)
        .hasMessage(message)
        .hasNoCause();
  }

  @Test
  void exceptionCarriesTheLocationAsValues() {
    TagFileException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            TagFileException.class, () -> TagRegistry.parse(TAG + "    labl: x\n", "tags.yaml"));
    assertThat(e.source()).isEqualTo("tags.yaml");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.pointer()).isEqualTo("/tags/0/labl");
    assertThat(e.problem()).isEqualTo("unknown key 'labl' in /tags/0; did you mean 'label'?");
  }

  @Test
  void lenientReaderSkipsUnknownKeysButNothingElse() {
    TagRegistry registry =
        TagRegistry.reader()
            .lenient()
            .read(TAG + "    labl: x\n    future_key: {a: 1}\n", "t.yaml");
    assertThat(registry.tags().get(0).label()).isEmpty();
    assertThatThrownBy(() -> TagReader.strict().lenient().read(TAG + "    name: Y\n", "t.yaml"))
        .hasMessage(
            "t.yaml:4:5: duplicate key 'name' in /tags/0; the first one, at line 3, is used");
  }

  @Test
  void jsonIsReadByExtensionWithTheSameChecks(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tags.json");
    Files.writeString(file, "{\"tags\": [{\"dir\": \"x\",\n \"name\": \"y\", \"labl\": 1}]}");
    assertThatThrownBy(() -> TagRegistry.read(file))
        .hasMessage(file + ":2:15: unknown key 'labl' in /tags/0; did you mean 'label'?");
    Files.writeString(file, "{\"tags\": [{\"dir\": \"x\", \"dir\": \"y\"}]}");
    assertThatThrownBy(() -> TagRegistry.read(file))
        .hasMessageStartingWith(file + ":1:")
        .hasMessageEndingWith("duplicate key 'dir' in /tags/0; the first one, at line 1, is used");
  }

  @Test
  void fileProblemsNameTheFile(@TempDir Path dir) {
    assertThatThrownBy(() -> TagRegistry.read(dir))
        .isInstanceOf(TagFileException.class)
        .hasMessage(dir + ": is a directory, not a metadata file");
    assertThatThrownBy(() -> TagRegistry.read(dir.resolve("missing.yaml")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void bytesThatAreNotUtf8AreReportedWhereTheyAre(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tag.yaml");
    Files.write(file, "dir: x\nname: TAG \u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> TagRegistry.read(file))
        .isInstanceOf(TagFileException.class)
        .hasMessage(
            file
                + ":2:11: the file is not valid UTF-8: byte 0xE9 cannot be read as text; save the"
                + " file as UTF-8");
  }

  @Test
  void streamsAreReadLikeFiles() throws Exception {
    var in =
        new ByteArrayInputStream((TAG + "    label: tag-x\n").getBytes(StandardCharsets.UTF_8));
    TagRegistry registry = TagReader.strict().read(in, "stdin");
    assertThat(registry.tags().get(0).label()).contains("tag-x");
  }
}
