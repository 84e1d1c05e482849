package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.MetadataGenerators;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.model.testing.Properties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code TagRegistry.write} over an existing file changes only the values that differ, as a person
 * would: on the real cncf/toc excerpt a changed term is one changed line, and comments, quoting,
 * empty keys and folded text stay.
 */
class RegistryWriteTest {
  @TempDir Path dir;

  private Path excerpt() throws Exception {
    Path file = dir.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), file);
    return file;
  }

  /** {@code registry} with the first TAG's leadership replaced. */
  private static TagRegistry withLeadership(TagRegistry registry, Leadership leadership) {
    Tag t = registry.tags().get(0);
    List<Tag> tags = new ArrayList<>(registry.tags());
    tags.set(
        0,
        new Tag(
            t.dir(),
            t.name(),
            t.missionStatement(),
            t.charterLink(),
            t.label(),
            t.page(),
            leadership,
            t.meetings(),
            t.contact(),
            t.subprojects(),
            t.initiativesUrl(),
            t.landscapeUrl(),
            t.landscapePreviewImage()));
    return new TagRegistry(registry.layout(), tags, registry.tocSubprojects());
  }

  @Test
  void aChangedTermOfTheRealExcerptIsOneChangedLine() throws Exception {
    Path file = excerpt();
    String before = Files.readString(file);
    TagRegistry registry = TagRegistry.read(file);
    Leadership leadership = registry.tags().get(0).leadership();
    List<Person> chairs = new ArrayList<>(leadership.chairs());
    Person chair = chairs.get(0);
    chairs.set(
        0, chair.withTerm(new Term(chair.term().orElseThrow().start(), LocalDate.of(2028, 6, 30))));
    TagRegistry changed =
        withLeadership(
            registry,
            new Leadership(
                chairs,
                leadership.techLeads(),
                leadership.subprojectLeads(),
                leadership.emeritusLeads()));

    changed.write(file);

    assertThat(TagFileEditorTest.diff(before, Files.readString(file)))
        .containsExactly("-            end: \"2027-06-30\"", "+            end: \"2028-06-30\"");
    assertThat(TagRegistry.read(file)).isEqualTo(changed);
  }

  @Test
  void anUnchangedRegistryLeavesTheFileAlone() throws Exception {
    Path file = excerpt();
    FileTime written = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, written);
    TagRegistry.read(file).write(file);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    assertThat(Files.readString(file)).isEqualTo(Files.readString(ProjectFiles.excerpt()));
  }

  @Test
  void aLeaderAddedAndAnotherRemovedTouchOnlyTheirLines() throws Exception {
    Path file = excerpt();
    String before = Files.readString(file);
    TagRegistry registry = TagRegistry.read(file);
    Leadership leadership = registry.tags().get(0).leadership();
    List<Person> techLeads = new ArrayList<>(leadership.techLeads());
    Person gone = techLeads.remove(0);
    List<Person> emeritus = new ArrayList<>(leadership.emeritusLeads());
    emeritus.add(
        new Person(
            gone.github(),
            java.util.Optional.empty(),
            gone.name(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            gone.term()));
    TagRegistry changed =
        withLeadership(
            registry,
            new Leadership(leadership.chairs(), techLeads, leadership.subprojectLeads(), emeritus));

    changed.write(file);

    String after = Files.readString(file);
    assertThat(TagRegistry.read(file)).isEqualTo(changed);
    List<String> diff = TagFileEditorTest.diff(before, after);
    assertThat(diff)
        .anyMatch(l -> l.startsWith("-") && l.contains("github: " + gone.github().orElseThrow()));
    assertThat(diff)
        .anyMatch(l -> l.startsWith("+") && l.contains("github: " + gone.github().orElseThrow()));
    // Everything else, the folded missions and the other TAGs included, is as it was.
    assertThat(after.lines().filter(l -> l.contains("#")).toList())
        .isEqualTo(before.lines().filter(l -> l.contains("#")).toList());
    assertThat(diff.size()).isLessThan(30);
  }

  @Test
  void aNewFileAndAJsonFileAreWrittenAnew() throws Exception {
    TagRegistry registry = TagRegistry.read(ProjectFiles.excerpt());
    Path yaml = dir.resolve("new/tags.yaml");
    Files.createDirectories(yaml.getParent());
    registry.write(yaml);
    assertThat(Files.readString(yaml)).isEqualTo(registry.toYaml());
    Path json = dir.resolve("tags.json");
    Files.writeString(json, "{\"tags\": []}\n");
    registry.write(json);
    assertThat(Files.readString(json)).isEqualTo(registry.toJson());
  }

  @Test
  void whateverItWritesOverReadsBackAsTheRegistry() {
    Gen<List<TagRegistry>> pairs = MetadataGenerators.registry().list(2, 2);
    Properties.forAll(
        60,
        pairs,
        pair -> {
          Path file = dir.resolve("tags.yaml");
          String commented = TagFileEditorPropertiesTest.withComments(pair.get(0).toYaml());
          Files.writeString(file, commented);
          pair.get(1).write(file);
          assertThat(TagRegistry.read(file)).isEqualTo(pair.get(1));
          // Over itself, a registry changes nothing: the comments stay.
          Files.writeString(file, commented);
          pair.get(0).write(file);
          assertThat(Files.readString(file)).isEqualTo(commented);
        });
  }
}
