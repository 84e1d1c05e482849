package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits of the real cncf/toc excerpt change exactly the lines they are about: each test asserts the
 * edit's diff (the lines it took out and the lines it put in, everything around them equal).
 */
class TagFileEditorTest {
  private final String excerpt = ProjectFiles.text("examples/cncf-toc/tags.yaml");
  private final TagFileEditor editor = TagFileEditor.of(excerpt, "tags.yaml");

  /**
   * The lines {@code after} differs from {@code before} in, as a diff shows them: "-old" and "+new"
   * lines, in order, from a longest common subsequence of lines.
   */
  static List<String> diff(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] =
            a.get(i).equals(b.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<String> lines = new java.util.ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        i++;
        j++;
      } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
        lines.add("-" + a.get(i++));
      } else {
        lines.add("+" + b.get(j++));
      }
    }
    return lines;
  }

  @Test
  void settingAValueChangesItsLineOnlyAndKeepsItsQuotes() {
    String edited = editor.set("/tags/0/leadership/chairs/0/term/end", "2027-12-31").text();
    assertThat(diff(excerpt, edited))
        .containsExactly("-            end: \"2027-06-30\"", "+            end: \"2027-12-31\"");
  }

  @Test
  void anEmptyKeyTakesItsValueOnItsOwnLine() {
    String edited = editor.set("/tags/0/leadership/chairs/0/company", "Acme Inc").text();
    assertThat(diff(excerpt, edited))
        .containsExactly("-          company:", "+          company: Acme Inc");
    assertThat(
            TagFileEditor.of(edited, "tags.yaml")
                .registry()
                .tags()
                .get(0)
                .people(Role.CHAIR)
                .get(0)
                .company())
        .contains("Acme Inc");
  }

  @Test
  void aValueAYaml11ReaderWouldMisreadIsQuoted() {
    String edited = editor.set("/tags/0/leadership/chairs/0/company", "no").text();
    assertThat(diff(excerpt, edited))
        .containsExactly("-          company:", "+          company: \"no\"");
  }

  @Test
  void aNewKeyGoesToItsPlaceInTheKeyOrder() {
    String edited =
        editor.set("/tags/0/landscape_url", "https://landscape.cncf.io/?group=infra").text();
    List<String> lines = diff(excerpt, edited);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0))
        .isEqualTo("+    landscape_url: https://landscape.cncf.io/?group=infra");
    assertThat(TagFileEditor.of(edited, "tags.yaml").registry().tags().get(0).landscapeUrl())
        .contains("https://landscape.cncf.io/?group=infra");
  }

  @Test
  void anAddedLeaderFollowsTheListsIndentationAndTheKeyOrder() {
    java.util.Map<String, Object> term = new java.util.LinkedHashMap<>();
    term.put("end", "2028-06-30");
    term.put("start", "2026-07-01");
    java.util.Map<String, Object> person = new java.util.LinkedHashMap<>();
    person.put("term", term);
    person.put("name", "New Chair");
    person.put("github", "newchair");
    String edited = editor.add("/tags/0/leadership/chairs", person).text();
    assertThat(diff(excerpt, edited))
        .containsExactly(
            "+        - github: newchair",
            "+          name: New Chair",
            "+          term:",
            "+            start: \"2026-07-01\"",
            "+            end: \"2028-06-30\"");
    assertThat(TagFileEditor.of(edited, "tags.yaml").registry().tags().get(0).people(Role.CHAIR))
        .hasSize(4)
        .last()
        .satisfies(
            p ->
                assertThat(p.term())
                    .contains(
                        new Term(
                            java.time.LocalDate.of(2026, 7, 1),
                            java.time.LocalDate.of(2028, 6, 30))));
    // The new lines come right after the list's last entry.
    List<String> lines = edited.lines().toList();
    int at = lines.indexOf("        - github: newchair");
    assertThat(lines.get(at - 1)).isEqualTo("            end: \"2028-06-30\"");
    assertThat(lines.get(at - 3)).isEqualTo("          term:");
  }

  @Test
  void anInsertedLeaderGoesBeforeTheItemNamedAndTouchesNoOtherLine() {
    java.util.Map<String, Object> term = new java.util.LinkedHashMap<>();
    term.put("start", "2026-07-07");
    term.put("end", "2028-07-06");
    java.util.Map<String, Object> person = new java.util.LinkedHashMap<>();
    person.put("github", "mesutoezdil");
    person.put("name", "Mesut Özdil");
    person.put("term", term);
    String edited = editor.insert("/tags/0/leadership/tech_leads", 2, person).text();
    assertThat(diff(excerpt, edited))
        .containsExactly(
            "+        - github: mesutoezdil",
            "+          name: Mesut Özdil",
            "+          term:",
            "+            start: \"2026-07-07\"",
            "+            end: \"2028-07-06\"");
    List<String> lines = edited.lines().toList();
    int at = lines.indexOf("        - github: mesutoezdil");
    assertThat(lines.get(at + 5)).isEqualTo("        - github: bschaatsbergen");
    assertThat(
            TagFileEditor.of(edited, "tags.yaml").registry().tags().get(0).people(Role.TECH_LEAD))
        .extracting(p -> p.github().orElseThrow())
        .containsExactly(
            "alexagriffith",
            "aojea",
            "mesutoezdil",
            "bschaatsbergen",
            "nicholasjackson",
            "hzxuzhonghu");
    // at the list's size it is an append; past it, or into what is not a list, it is refused
    assertThat(editor.insert("/tags/0/leadership/tech_leads", 5, person).text())
        .isEqualTo(editor.add("/tags/0/leadership/tech_leads", person).text());
    assertThatThrownBy(() -> editor.insert("/tags/0/leadership/tech_leads", 6, person))
        .isInstanceOf(EditRefusedException.class);
    assertThatThrownBy(() -> editor.insert("/tags/0/name", 0, person))
        .isInstanceOf(EditRefusedException.class);
  }

  @Test
  void anEntryWithAKeyTheModelDoesNotKnowIsRefused() {
    assertThatThrownBy(
            () ->
                editor.add(
                    "/tags/0/leadership/chairs", java.util.Map.of("github", "x", "nmae", "X")))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("unknown key 'nmae'");
  }

  @Test
  void clearingAValueKeepsItsKeyAndUndoesASet() {
    TagFileEditor set = editor.set("/tags/0/leadership/chairs/0/company", "Acme Inc");
    TagFileEditor cleared = set.clear("/tags/0/leadership/chairs/0/company");
    assertThat(cleared.text()).isEqualTo(excerpt);
    String edited = editor.clear("/tags/0/leadership/chairs/0/name").text();
    assertThat(diff(excerpt, edited))
        .containsExactly("-          name: Dylan Page", "+          name:");
  }

  @Test
  void removingAKeyRemovesItsLine() {
    String edited = editor.remove("/tags/0/leadership/chairs/0/email").text();
    assertThat(diff(excerpt, edited)).containsExactly("-          email:");
  }

  @Test
  void renamingAMisspelledKeyChangesItsNameOnly() {
    String planted = excerpt.replaceFirst("          lfx_id:\n", "          lfxid:\n");
    assertThatThrownBy(() -> TagRegistry.parse(planted, "tags.yaml"))
        .isInstanceOf(TagFileException.class);
    String fixed =
        TagFileEditor.of(planted, "tags.yaml")
            .rename("/tags/0/leadership/chairs/0/lfxid", "lfx_id")
            .text();
    assertThat(fixed).isEqualTo(excerpt);
  }

  @Test
  void aChangeThatLeavesAReadableFileUnreadableIsRefused() {
    assertThatThrownBy(() -> editor.rename("/tags/0/leadership/chairs/0/lfx_id", "github_id"))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("unreadable")
        .hasMessageContaining("unknown key 'github_id'");
  }

  @Test
  void aLeaderMovesToEmeritusLeadsWithTheLinesOfTheirEntryAndNoOthers() {
    String edited =
        editor
            .move(
                "/tags/0/leadership/tech_leads/2",
                "/tags/0/leadership/emeritus_leads",
                List.of("email"))
            .text();
    assertThat(diff(excerpt, edited))
        .containsExactly(
            "-        - github: bschaatsbergen",
            "-          lfx_id:",
            "-          name: Bruno Schaatsbergen",
            "-          company:",
            "-          email:",
            "-          term:",
            "-            start: \"2025-07-02\"",
            "-            end: \"2026-06-30\"",
            "+      emeritus_leads:",
            "+        - github: bschaatsbergen",
            "+          lfx_id:",
            "+          name: Bruno Schaatsbergen",
            "+          company:",
            "+          term:",
            "+            start: \"2025-07-02\"",
            "+            end: \"2026-06-30\"");
    TagRegistry read = TagFileEditor.of(edited, "tags.yaml").registry();
    assertThat(read.tags().get(0).people(Role.EMERITUS_LEAD))
        .extracting(p -> p.github().orElseThrow())
        .containsExactly("bschaatsbergen");
    assertThat(read.tags().get(0).people(Role.TECH_LEAD)).hasSize(4);
    assertThat(edited.lines().filter(l -> l.contains("#")).toList())
        .isEqualTo(excerpt.lines().filter(l -> l.contains("#")).toList());
  }

  @Test
  void whatTheFileDoesNotHaveIsRefusedAndNothingChanges() {
    assertThatThrownBy(() -> editor.remove("/tags/9"))
        .isInstanceOf(EditRefusedException.class)
        .hasMessage("tags.yaml: /tags/9 is not in the file");
    assertThatThrownBy(() -> editor.set("/tags/0/leadership", "x"))
        .isInstanceOf(EditRefusedException.class)
        .hasMessageContaining("is a list or a mapping");
    assertThat(editor.text()).isEqualTo(excerpt);
    assertThat(editor.changed()).isFalse();
  }

  @Test
  void windowsLineEndingsStay() {
    String crlf = excerpt.replace("\n", "\r\n");
    String edited =
        TagFileEditor.of(crlf, "tags.yaml")
            .move(
                "/tags/0/leadership/tech_leads/2",
                "/tags/0/leadership/emeritus_leads",
                List.of("email"))
            .text();
    assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void writesAtomicallyAndOnlyWhenTheTextChanges(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.writeString(file, excerpt);
    assertThat(TagFileEditor.open(file).write(file)).isFalse();
    assertThat(TagFileEditor.open(file).remove("/tags/0/leadership/chairs/0/email").write(file))
        .isTrue();
    assertThat(diff(excerpt, Files.readString(file))).containsExactly("-          email:");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
