package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagExport;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.MetadataGenerators;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.model.testing.Properties;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code TagExport}: the document validates against its published schema, says what the metadata
 * says (every group, person, role, term, meeting and contact), names for each value a line that
 * holds it, and the README's {@code jq} line lists the chairs of every TAG.
 */
class ExportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(TagExport.schema(), InputFormat.JSON);

  @Test
  void theExcerptAndTheExampleRepositoryValidate() throws Exception {
    Path root = ProjectFiles.root();
    Path excerpt = ProjectFiles.excerpt();
    Path tag = ProjectFiles.path("examples/tag-infrastructure/tag.yaml");
    String json = TagExport.of(root, List.of(excerpt, tag)).json();
    assertThat(errors(json)).isEmpty();
    JsonNode document = JSON.readTree(json);
    assertThat(document.get("files").get(0).get("file").asString())
        .isEqualTo("examples/cncf-toc/tags.yaml");
    assertThat(document.get("files").get(1).get("layout").asString()).isEqualTo("tag");
    assertSaysWhatTheMetadataSays(document, TagRegistry.read(excerpt));
    assertLinesHoldTheirValues(document, Map.of("examples/cncf-toc/tags.yaml", excerpt));
  }

  @Test
  void aChairHasARoleATermAndTheLinesOfBoth() throws Exception {
    JsonNode document =
        JSON.readTree(TagExport.of(ProjectFiles.root(), List.of(ProjectFiles.excerpt())).json());
    JsonNode first = document.get("groups").get(0).get("people").get(0);
    assertThat(first.get("role").asString()).isEqualTo("chair");
    assertThat(first.get("github").asString()).isEqualTo("GenPage");
    assertThat(first.get("term").get("end").asString()).isEqualTo("2027-06-30");
    assertThat(first.get("source").get("pointer").asString())
        .isEqualTo("/tags/0/leadership/chairs/0");
    assertThat(first.get("source").get("line").asInt()).isEqualTo(10);
    assertThat(first.get("source").get("lines").get("term/end").asInt()).isEqualTo(17);
  }

  @Test
  void everyGeneratedRegistryExportsFaithfully() {
    Properties.forAll(100, MetadataGenerators.registry(), ExportTest::exportsFaithfully);
  }

  private static void exportsFaithfully(TagRegistry registry) throws Exception {
    String yaml = registry.toYaml();
    String json = TagExport.of("tags.yaml", yaml).json();
    assertThat(errors(json)).as(json).isEmpty();
    JsonNode document = JSON.readTree(json);
    assertSaysWhatTheMetadataSays(document, registry);
    Path file = Files.createTempFile("export", ".yaml");
    try {
      Files.writeString(file, yaml);
      assertLinesHoldTheirValues(document, Map.of("tags.yaml", file));
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void metadataThatCannotBeReadIsRefusedAtItsLine() {
    assertThatThrownBy(() -> TagExport.of("tags.yaml", "tags:\n  - dir: x\n    name: [unclosed\n"))
        .isInstanceOf(TagFileException.class)
        .satisfies(e -> assertThat(((TagFileException) e).line()).isPositive());
  }

  @Test
  void aBillionLaughsUnderUnknownKeysCostsOnlyItsOwnNodes() {
    // 48 aliases, within the YAML parser's limit of 50: three to the sixteenth nodes once every
    // alias is followed.
    StringBuilder yaml = new StringBuilder("dir: tag-x\nname: TAG X\n");
    yaml.append("l0: &l0 [lol, lol, lol]\n");
    for (int i = 1; i <= 16; i++) {
      yaml.append("l").append(i).append(": &l").append(i).append(" [");
      yaml.append("*l").append(i - 1).append(", *l").append(i - 1).append(", *l").append(i - 1);
      yaml.append("]\n");
    }
    // The lenient reader leaves the unknown keys out, and the line index visits each node once.
    String json =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> TagExport.of("tag.yaml", yaml.toString()).json());
    assertThat(errors(json)).isEmpty();
    assertThat(json).doesNotContain("lol").contains("\"name\" : 2");
  }

  @Test
  void theReadmeJqLineListsTheChairsOfEveryTag(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("jq"), "jq is not installed (.ci/run installs it)");
    String readme = Files.readString(ProjectFiles.path("README.md"));
    Matcher jq = Pattern.compile("(?m)^(jq -r .+) target/tag/tag-export\\.json$").matcher(readme);
    assertThat(jq.find()).as("a jq line in the README").isTrue();
    Path export = dir.resolve("target/tag/tag-export.json");
    Files.createDirectories(export.getParent());
    Path excerpt = ProjectFiles.excerpt();
    Files.writeString(export, TagExport.of(ProjectFiles.root(), List.of(excerpt)).json());
    Process process =
        new ProcessBuilder("bash", "-c", jq.group(1) + " target/tag/tag-export.json")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    List<String> expected = new ArrayList<>();
    for (Tag tag : TagRegistry.read(excerpt).tags()) {
      List<String> chairs =
          tag.people(Role.CHAIR).stream().map(p -> p.github().orElseThrow()).toList();
      expected.add(tag.name() + ": " + String.join(", ", chairs));
    }
    assertThat(out.lines()).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(3);
  }

  /** The document's first groups are {@code registry}'s groups, in order. */
  private static void assertSaysWhatTheMetadataSays(JsonNode document, TagRegistry registry) {
    JsonNode groups = document.get("groups");
    List<Group> expected = registry.groups();
    for (int i = 0; i < expected.size(); i++) {
      Group group = expected.get(i);
      JsonNode exported = groups.get(i);
      assertThat(exported.get("dir").asString()).isEqualTo(group.dir());
      assertThat(exported.get("name").asString()).isEqualTo(group.name());
      assertThat(exported.get("meetings").size()).isEqualTo(group.meetings().size());
      assertThat(text(exported.get("contact"), "slack")).isEqualTo(group.contact().slack());
      assertThat(text(exported, "mission_statement")).isEqualTo(group.missionStatement());
      List<String> people = new ArrayList<>();
      for (Role role :
          List.of(
              Role.CHAIR,
              Role.TECH_LEAD,
              Role.SUBPROJECT_LEAD,
              Role.EMERITUS_LEAD,
              Role.TOC_LIAISON)) {
        for (Person person : group.people(role)) {
          people.add(
              role.name().toLowerCase(java.util.Locale.ROOT)
                  + " "
                  + person.github().orElse("-")
                  + " "
                  + person.term().map(t -> t.start() + ".." + t.end()).orElse("-"));
        }
      }
      List<String> exportedPeople = new ArrayList<>();
      for (JsonNode person : exported.get("people")) {
        JsonNode term = person.get("term");
        exportedPeople.add(
            person.get("role").asString()
                + " "
                + text(person, "github").orElse("-")
                + " "
                + (term == null
                    ? "-"
                    : term.get("start").asString() + ".." + term.get("end").asString()));
      }
      assertThat(exportedPeople).containsExactlyInAnyOrderElementsOf(people);
    }
  }

  /** Every line the document names for a value holds that value's key, in the file it names. */
  private static void assertLinesHoldTheirValues(JsonNode document, Map<String, Path> files)
      throws Exception {
    Map<String, List<String>> lines = new java.util.HashMap<>();
    for (Map.Entry<String, Path> file : files.entrySet()) {
      lines.put(file.getKey(), Files.readAllLines(file.getValue()));
    }
    List<JsonNode> sources = new ArrayList<>();
    collectSources(document, sources);
    assertThat(sources).isNotEmpty();
    for (JsonNode source : sources) {
      List<String> text = lines.get(source.get("file").asString());
      if (text == null) {
        continue;
      }
      for (var entry : source.get("lines").properties()) {
        String key = entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1);
        String line = text.get(entry.getValue().asInt() - 1);
        assertThat(line).as("%s %s", source.get("pointer"), entry.getKey()).contains(key + ":");
      }
    }
  }

  private static void collectSources(JsonNode node, List<JsonNode> sources) {
    if (node.isObject()) {
      for (var entry : node.properties()) {
        if (entry.getKey().equals("source") && entry.getValue().isObject()) {
          sources.add(entry.getValue());
        } else {
          collectSources(entry.getValue(), sources);
        }
      }
    } else if (node.isArray()) {
      node.forEach(child -> collectSources(child, sources));
    }
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
  }

  private static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
