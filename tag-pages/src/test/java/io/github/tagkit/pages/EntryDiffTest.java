package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.LeadershipRotation;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff rotate prints, as a reviewer reads it: whole people moved, renewed terms as lines. */
class EntryDiffTest {

  @Test
  void aMovedLeaderIsOneBlockRemovedAndOneAddedAndARenewalIsItsLines() {
    String before = ProjectFiles.text("examples/cncf-toc/tags.yaml");
    String after =
        LeadershipRotation.rotate(
                TagFileEditor.of(before, "tags.yaml"),
                LocalDate.of(2026, 7, 8),
                LeadershipRotation.renewals("kad:2026-07-07:2028-07-06"))
            .editor()
            .text();

    String diff = EntryDiff.unified(Path.of("tags.yaml"), before, after);

    assertThat(diff)
        .contains(
            String.join(
                "\n",
                "-        - github: bschaatsbergen",
                "-          lfx_id:",
                "-          name: Bruno Schaatsbergen",
                "-          company:",
                "-          email:",
                "-          term:",
                "-            start: \"2025-07-02\"",
                "-            end: \"2026-06-30\""))
        .contains(
            String.join(
                "\n",
                "+      emeritus_leads:",
                "+        - github: bschaatsbergen",
                "+          lfx_id:",
                "+          name: Bruno Schaatsbergen",
                "+          company:",
                "+          term:"))
        .contains(
            String.join(
                "\n",
                "-            start: \"2025-07-02\"",
                "-            end: \"2026-06-30\"",
                "+            start: \"2026-07-07\"",
                "+            end: \"2028-07-06\""));
    // No line of one person is shown as changed into a line of another.
    List<String> lines = diff.lines().toList();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).matches("-\\s+- github: .*") && lines.get(i + 1).startsWith("+")) {
        assertThat(lines.get(i + 1)).as(diff).doesNotMatch("\\+\\s+- github: .*");
      }
    }
    assertThat(diff.lines().filter(l -> l.startsWith("-") && l.contains("github: kad")))
        .as("a renewal keeps its leader's lines")
        .isEmpty();
  }
}
