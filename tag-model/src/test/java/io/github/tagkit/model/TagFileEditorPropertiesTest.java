package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.MetadataGenerators;
import io.github.tagkit.model.testing.Properties;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edits of generated files, with comments planted between their lines: each edit touches only the
 * lines it is about, every comment stays in its order, the file re-reads into the model the edit
 * means, and making the same change twice gives the same file.
 */
class TagFileEditorPropertiesTest {

  private static final Gen<TagRegistry> REGISTRIES =
      MetadataGenerators.registry()
          .filter(r -> r.groups().stream().anyMatch(g -> !g.people(Role.CHAIR).isEmpty()));

  private static final Gen<String> NAMES =
      Gen.strings("abcdefgh XYZ:#'\"-", 1, 20).filter(s -> !s.isBlank() && s.equals(s.strip()));

  /** The file's text with a comment line before every third line outside block scalars. */
  static String withComments(String yaml) {
    List<String> out = new ArrayList<>();
    int blockIndent = -1;
    int n = 0;
    for (String line : yaml.lines().toList()) {
      int indent = line.length() - line.stripLeading().length();
      boolean inBlock = blockIndent >= 0 && (line.isBlank() || indent > blockIndent);
      if (!inBlock) {
        blockIndent = -1;
        if (n++ % 3 == 0 && !line.isBlank()) {
          out.add(" ".repeat(indent) + "# note " + n);
        }
      }
      out.add(line);
      if (!inBlock && line.stripTrailing().matches(".*(:|-) [|>][-+]?")) {
        blockIndent = indent;
      }
    }
    return String.join("\n", out) + "\n";
  }

  /** The comment lines inside the list entry that starts with {@code - github: <handle>}. */
  private static List<String> entryComments(String text, String handle) {
    List<String> lines = text.lines().toList();
    List<String> inside = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("- github: " + handle)) {
        int dash = lines.get(i).indexOf('-');
        for (int j = i + 1; j < lines.size(); j++) {
          String line = lines.get(j);
          int indent = line.length() - line.stripLeading().length();
          if (!line.isBlank() && indent <= dash) {
            break; // a comment at the dash's indentation belongs to what follows
          }
          if (line.strip().startsWith("# note")) {
            inside.add(line);
          }
        }
        return inside;
      }
    }
    return inside;
  }

  private static List<String> comments(String text) {
    return text.lines().filter(l -> l.strip().startsWith("# note")).toList();
  }

  /** The pointer of every group's entry with the group, in order. */
  private static List<Object[]> groups(TagRegistry registry) {
    List<Object[]> groups = new ArrayList<>();
    boolean single = registry.layout() == Layout.SINGLE_TAG;
    for (int t = 0; t < registry.tags().size(); t++) {
      Tag tag = registry.tags().get(t);
      String at = single ? "" : "/tags/" + t;
      groups.add(new Object[] {at, tag});
      for (int s = 0; s < tag.subprojects().size(); s++) {
        groups.add(new Object[] {at + "/tag_subprojects/" + s, tag.subprojects().get(s)});
      }
    }
    for (int s = 0; s < registry.tocSubprojects().size(); s++) {
      groups.add(new Object[] {"/toc_subprojects/" + s, registry.tocSubprojects().get(s)});
    }
    return groups;
  }

  @Test
  void settingANameTouchesOneLine() {
    Properties.forAll(
        60,
        Gen.zip(REGISTRIES, NAMES, Renaming::new),
        renaming -> settingANameTouchesOneLine(renaming.registry(), renaming.name()));
  }

  private record Renaming(TagRegistry registry, String name) {}

  private static void settingANameTouchesOneLine(TagRegistry registry, String name) {
    String text = withComments(registry.toYaml());
    TagFileEditor editor = TagFileEditor.of(text, "tags.yaml");
    List<Object[]> groups = groups(registry);
    for (int g = 0; g < groups.size(); g++) {
      Object[] group = groups.get(g);
      List<Person> chairs = ((Group) group[1]).people(Role.CHAIR);
      if (chairs.isEmpty()) {
        continue;
      }
      String pointer = group[0] + "/leadership/chairs/0/name";
      TagFileEditor edited = editor.set(pointer, name);
      List<String> diff = TagFileEditorTest.diff(text, edited.text());
      assertThat(diff).hasSizeBetween(1, 2);
      assertThat(diff.get(diff.size() - 1)).startsWith("+").contains("name:");
      assertThat(comments(edited.text())).isEqualTo(comments(text));
      Group read = TagFileEditor.of(edited.text(), "tags.yaml").registry().groups().get(g);
      assertThat(read.people(Role.CHAIR).get(0).name()).contains(name);
      assertThat(edited.set(pointer, name).text()).isEqualTo(edited.text());
      return;
    }
  }

  @Test
  void movingAChairToEmeritusTouchesOnlyTheirEntry() {
    Properties.forAll(60, REGISTRIES, TagFileEditorPropertiesTest::movesAChairToEmeritus);
  }

  private static void movesAChairToEmeritus(TagRegistry registry) {
    String text = withComments(registry.toYaml());
    TagFileEditor editor = TagFileEditor.of(text, "tags.yaml");
    List<Object[]> groups = groups(registry);
    for (int g = 0; g < groups.size(); g++) {
      Group group = (Group) groups.get(g)[1];
      List<Person> chairs = group.people(Role.CHAIR);
      if (chairs.isEmpty()) {
        continue;
      }
      String at = (String) groups.get(g)[0];
      TagFileEditor edited =
          editor.move(
              at + "/leadership/chairs/0", at + "/leadership/emeritus_leads", List.of("email"));
      // A comment inside the moved entry moves with it; no comment is lost, and the others keep
      // their order.
      List<String> movedComments = entryComments(text, chairs.get(0).github().orElseThrow());
      assertThat(comments(edited.text())).containsExactlyInAnyOrderElementsOf(comments(text));
      assertThat(comments(edited.text()).stream().filter(c -> !movedComments.contains(c)).toList())
          .isEqualTo(comments(text).stream().filter(c -> !movedComments.contains(c)).toList());
      Group read = TagFileEditor.of(edited.text(), "tags.yaml").registry().groups().get(g);
      Person moved = chairs.get(0);
      assertThat(read.people(Role.CHAIR)).isEqualTo(chairs.subList(1, chairs.size()));
      List<Person> emeritus = read.people(Role.EMERITUS_LEAD);
      Person last = emeritus.get(emeritus.size() - 1);
      assertThat(last.github()).isEqualTo(moved.github());
      assertThat(last.name()).isEqualTo(moved.name());
      assertThat(last.term()).isEqualTo(moved.term());
      assertThat(last.email()).isEmpty();
      // Every other group reads as it did.
      for (int o = 0; o < groups.size(); o++) {
        if (o != g) {
          assertThat(TagFileEditor.of(edited.text(), "tags.yaml").registry().groups().get(o))
              .isEqualTo(groups.get(o)[1]);
        }
      }
      return;
    }
  }
}
