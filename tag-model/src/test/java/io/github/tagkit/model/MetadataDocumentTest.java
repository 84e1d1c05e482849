package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.model.MetadataDocument.Position;
import io.github.tagkit.model.MetadataDocument.Problem;
import io.github.tagkit.model.MetadataDocument.ProblemKind;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one read of a metadata file that every goal shares, as a tool author uses it. */
class MetadataDocumentTest {

  private static MetadataDocument parse(String text) {
    return MetadataDocument.parse(text.getBytes(StandardCharsets.UTF_8), "tags.yaml");
  }

  @Test
  void theRealRegistryIsReadOnceAndBoundFromThatRead() throws Exception {
    MetadataDocument document = MetadataDocument.read(ProjectFiles.excerpt());
    assertThat(document.problems()).isEmpty();
    assertThat(document.readable()).isTrue();
    // keys are found at their key, list entries at their dash's item, values where they start
    assertThat(document.position("/tags/0/name")).isEqualTo(new Position(3, 5));
    assertThat(document.valuePosition("/tags/0/name")).isEqualTo(new Position(3, 11));
    assertThat(document.position("/tags/1")).isEqualTo(new Position(105, 5));
    // a pointer the file lacks is placed at its nearest ancestor the file has
    assertThat(document.position("/tags/0/no_such_key")).isEqualTo(new Position(2, 5));
    TagRegistry registry = TagReader.strict().read(document);
    assertThat(registry).isEqualTo(TagRegistry.read(ProjectFiles.excerpt()));
    assertThat(registry.tags().get(0).name()).isEqualTo("TAG Infrastructure");
  }

  @Test
  void everyProblemOfTheTextIsListedWithItsPlaceInsteadOfTheFirstOnly() {
    MetadataDocument document =
        parse(
            """
            tags:
              - dir: a
                name: A
                name: B
                label: *x
            """);
    assertThat(document.problems())
        .extracting(Problem::kind, Problem::pointer, Problem::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemKind.DUPLICATE_KEY, "/tags/0/name", new Position(4, 5)),
            org.assertj.core.groups.Tuple.tuple(
                ProblemKind.ALIAS, "/tags/0/label", new Position(5, 12)));
    assertThat(document.problems().get(0).message())
        .isEqualTo("duplicate key 'name' in /tags/0; the first one, at line 3, is used");
    // the strict reader refuses the duplicate, where it is; the tree binds as read
    assertThatThrownBy(() -> TagReader.strict().read(document))
        .isInstanceOf(TagFileException.class)
        .hasMessage(
            "tags.yaml:4:5: duplicate key 'name' in /tags/0; the first one, at line 3, is used");
    assertThat(TagReader.strict().readTree(document).tags().get(0).name()).isEqualTo("A");
  }

  @Test
  void aTabInTheIndentationHidesNothingElse() {
    MetadataDocument document = parse("tags:\n  - dir: a\n\tname: A\n    name: B\n");
    assertThat(document.problems())
        .extracting(Problem::kind, Problem::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemKind.SYNTAX, new Position(3, 1)),
            org.assertj.core.groups.Tuple.tuple(ProblemKind.DUPLICATE_KEY, new Position(4, 5)));
    assertThat(document.readable()).isTrue();
  }

  @Test
  void textThatIsNotYamlHasNoTreeAndSaysWhere() {
    MetadataDocument document = parse("tags:\n  - dir: \"a\n");
    assertThat(document.readable()).isFalse();
    assertThat(document.problems()).hasSize(1);
    Problem problem = document.problems().get(0);
    assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
    assertThat(problem.message())
        .startsWith("malformed YAML: found unexpected end of stream")
        .contains("quoted scalar that starts at line 2");
    assertThat(document.position("/tags")).isEqualTo(Position.NONE);
    assertThatThrownBy(() -> document.unwrap(Object.class))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TagReader.strict().read(document))
        .hasMessageStartingWith("tags.yaml:3:1: malformed YAML");
  }

  @Test
  void jsonIsReadWithTheSamePositionsAsTheYamlItAlsoIs() {
    String json = "{\"tags\": [{\"dir\": \"a\",\n  \"name\": \"A\", \"nmae\": 1}]}";
    MetadataDocument document = parse(json);
    assertThat(document.problems()).isEmpty();
    assertThat(document.position("/tags/0/nmae")).isEqualTo(new Position(2, 16));
    assertThatThrownBy(() -> TagReader.strict().read(document))
        .hasMessage("tags.yaml:2:16: unknown key 'nmae' in /tags/0; did you mean 'name'?");
    // the same text as YAML flow style read by the YAML parser: the same places
    MetadataDocument flow = parse(json.replace("\"nmae\": 1", "nmae: 1"));
    assertThat(flow.position("/tags/0/nmae")).isEqualTo(new Position(2, 16));
  }

  @Test
  void limitsAreProblemsAtTheirPlace() {
    MetadataDocument deep =
        MetadataDocument.parse(
            "a:\n  b:\n    c:\n      d: 1\n".getBytes(StandardCharsets.UTF_8), "t.yaml", 2, 100);
    assertThat(deep.problems())
        .extracting(Problem::kind)
        .containsExactly(ProblemKind.RESOURCE_LIMIT);
    assertThat(deep.problems().get(0).message())
        .isEqualTo(
            "the file goes beyond what metadata needs: values nest more than 2 levels deep"
                + " (maxNestingDepth)");
    MetadataDocument empty = parse("  \n");
    assertThat(empty.problems())
        .extracting(Problem::kind, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ProblemKind.EMPTY, "the file is empty"));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("tags.yaml");
    Files.write(big, new byte[(int) TagReader.MAX_FILE_SIZE + 1]);
    assertThatThrownBy(() -> MetadataDocument.read(big))
        .isInstanceOf(TagFileException.class)
        .hasMessageContaining("[resource-limit] the file is 4194305 bytes");
  }

  @Test
  void theTreeIsGivenOnlyAsTheTypeItIs() {
    MetadataDocument document = parse("tags: []\n");
    assertThat(document.unwrap(Object.class)).isNotNull();
    assertThatThrownBy(() -> document.unwrap(String.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(document.source(), document.text()))
        .containsExactly("tags.yaml", "tags: []\n");
  }
}
