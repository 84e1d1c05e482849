package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shapes of the full registry beyond the excerpt read as their authors meant them. */
class RegistryShapesTest {
  private final Path file = Fixtures.resource("model/registry-shapes.yaml");
  private final TagRegistry registry = Fixtures.read(file);

  @Test
  void tocSubprojectsReadWithTheirInitiativesAndAnEmptyChair() {
    TocSubproject reviews = registry.tocSubprojects().get(0);
    assertThat(reviews.dir()).isEqualTo("project-reviews-subproject");
    assertThat(reviews.initiativesUrl())
        .contains("https://github.com/cncf/toc/issues?q=label%3Atoc%2Fproject-reviews-subproject");
    assertThat(reviews.leadership().chairs())
        .containsExactly(
            new Person(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(reviews.contact().tocLiaisons()).isEmpty();
    assertThat(registry.groups()).last().isEqualTo(reviews);
  }

  @Test
  void commentsAndTrailingBlanksAreNotData() {
    Tag tag = registry.tags().get(0);
    assertThat(tag.leadership().techLeads().get(0).term().orElseThrow().end())
        .hasToString("2027-06-30");
    assertThat(tag.meetings().get(0).meetingNotesUrl()).isEmpty();
  }

  @Test
  void subprojectKeepsItsLiaisonsAndItsLiteralText() {
    TagSubproject assessments = registry.tags().get(0).subprojects().get(0);
    assertThat(assessments.contact().tocLiaisons())
        .containsExactly(Person.of("rochaporto", "Ricardo Rocha"));
    assertThat(assessments.missionStatement())
        .contains(
            "Goals:\n\n1. Reduce risk across the ecosystem\n\n"
                + "    * Improve detection and resolution of vulnerabilities.\n");
  }

  @Test
  void roundTripsAndHoldsEveryValue() {
    assertThat(TagRegistry.parse(registry.toYaml(), "again.yaml")).isEqualTo(registry);
    assertThat(Trees.ofModel(registry)).isEqualTo(Trees.ofFile(file));
  }
}
