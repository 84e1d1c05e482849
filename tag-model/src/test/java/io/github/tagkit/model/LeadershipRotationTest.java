package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.model.testing.ProjectFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rotating the real excerpt the day after its terms ended. */
class LeadershipRotationTest {
  private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
  private final String excerpt = ProjectFiles.text("examples/cncf-toc/tags.yaml");
  private final TagRegistry before = TagRegistry.parse(excerpt, "tags.yaml");

  @Test
  void everyEndedTermMovesToEmeritusLeadsAndNothingElseChanges() {
    LeadershipRotation.Result result =
        LeadershipRotation.rotate(TagFileEditor.of(excerpt, "tags.yaml"), DAY, Map.of());
    String after = result.editor().text();
    TagRegistry rotated = result.editor().registry();

    List<String> ended = new ArrayList<>();
    for (Group group : before.groups()) {
      for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD)) {
        for (Person p : group.people(role)) {
          if (p.term().isPresent() && p.term().get().end().isBefore(DAY)) {
            ended.add(group.name() + " " + p.github().orElseThrow());
          }
        }
      }
    }
    // The excerpt's five: two tech leads of each of two TAGs, and one more.
    assertThat(ended).hasSize(5);
    assertThat(result.changes()).hasSize(ended.size());

    List<String> emeritus = new ArrayList<>();
    for (Group group : rotated.groups()) {
      for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD)) {
        assertThat(group.people(role))
            .allSatisfy(
                p -> assertThat(p.term().map(t -> !t.end().isBefore(DAY)).orElse(true)).isTrue());
      }
      for (Person p : group.people(Role.EMERITUS_LEAD)) {
        emeritus.add(group.name() + " " + p.github().orElseThrow());
        assertThat(p.email()).isEmpty();
        assertThat(p.term()).isPresent();
      }
    }
    assertThat(emeritus).containsExactlyInAnyOrderElementsOf(ended);

    // Every line of the file is still there but for the moved entries' e-mail lines, and every
    // comment line stays where it was among the others.
    List<String> removed = new ArrayList<>(excerpt.lines().toList());
    after.lines().forEach(removed::remove);
    assertThat(removed).hasSize(ended.size()).allMatch(l -> l.strip().equals("email:"));
    assertThat(after.lines().filter(l -> l.strip().startsWith("#")).toList())
        .isEqualTo(excerpt.lines().filter(l -> l.strip().startsWith("#")).toList());
    // Each group gained one emeritus_leads key, and nothing but the moved entries' lines.
    List<String> added = new ArrayList<>(after.lines().toList());
    excerpt.lines().forEach(added::remove);
    assertThat(added).allMatch(l -> l.strip().equals("emeritus_leads:"));
  }

  @Test
  void rotatingTwiceChangesNothing() {
    TagFileEditor once =
        LeadershipRotation.rotate(TagFileEditor.of(excerpt, "tags.yaml"), DAY, Map.of()).editor();
    LeadershipRotation.Result twice = LeadershipRotation.rotate(once, DAY, Map.of());
    assertThat(twice.changes()).isEmpty();
    assertThat(twice.editor().text()).isEqualTo(once.text());
  }

  @Test
  void aRenewalRecordsTheNewTermInsteadOfMovingTheLeader() {
    Map<String, LeadershipRotation.Renewal> renewals = new java.util.HashMap<>();
    for (Group group : before.groups()) {
      for (Person p : group.people(Role.TECH_LEAD)) {
        if (p.term().isPresent() && p.term().get().end().isBefore(DAY)) {
          renewals.put(
              p.github().orElseThrow(),
              new LeadershipRotation.Renewal(Optional.empty(), LocalDate.of(2028, 6, 30)));
        }
      }
    }
    renewals.put(
        "nobody", new LeadershipRotation.Renewal(Optional.empty(), LocalDate.of(2028, 1, 1)));
    LeadershipRotation.Result result =
        LeadershipRotation.rotate(TagFileEditor.of(excerpt, "tags.yaml"), DAY, renewals);
    assertThat(result.changes())
        .contains(
            "TAG Infrastructure: renewed tech lead Bruno Schaatsbergen (@bschaatsbergen) for"
                + " 2026-07-01 to 2028-06-30");
    assertThat(result.unusedRenewals()).containsExactly("nobody");
    Person bruno =
        result.editor().registry().tags().get(0).people(Role.TECH_LEAD).stream()
            .filter(p -> p.github().orElse("").equals("bschaatsbergen"))
            .findFirst()
            .orElseThrow();
    assertThat(bruno.term())
        .contains(new Term(LocalDate.of(2026, 7, 1), LocalDate.of(2028, 6, 30)));
    List<String> diff = TagFileEditorTest.diff(excerpt, result.editor().text());
    assertThat(diff).hasSize(4 * (renewals.size() - 1));
    assertThat(diff.subList(0, 4))
        .containsExactly(
            "-            start: \"2025-07-02\"",
            "-            end: \"2026-06-30\"",
            "+            start: \"2026-07-01\"",
            "+            end: \"2028-06-30\"");
  }

  /** The site shows the elected term from 2026-07-07: the renewal can say so. */
  @Test
  void aRenewalCanStartOnItsOwnDay() {
    Map<String, LeadershipRotation.Renewal> renewals =
        LeadershipRotation.renewals("@bschaatsbergen:2026-07-07:2028-07-06");
    LeadershipRotation.Result result =
        LeadershipRotation.rotate(TagFileEditor.of(excerpt, "tags.yaml"), DAY, renewals);
    assertThat(result.changes())
        .contains(
            "TAG Infrastructure: renewed tech lead Bruno Schaatsbergen (@bschaatsbergen) for"
                + " 2026-07-07 to 2028-07-06");
    assertThat(TagFileEditorTest.diff(excerpt, result.editor().text()))
        .contains("+            start: \"2026-07-07\"", "+            end: \"2028-07-06\"");
  }

  @Test
  void renewalsAreReadInBothFormsAndAnythingElseIsNamed() {
    assertThat(LeadershipRotation.renewals("a:2028-06-30, @b:2026-07-07:2028-07-06"))
        .containsExactly(
            Map.entry(
                "a", new LeadershipRotation.Renewal(Optional.empty(), LocalDate.of(2028, 6, 30))),
            Map.entry(
                "b",
                new LeadershipRotation.Renewal(
                    Optional.of(LocalDate.of(2026, 7, 7)), LocalDate.of(2028, 7, 6))));
    assertThatThrownBy(() -> LeadershipRotation.renewals("a:2028-06-31"))
        .hasMessage("'2028-06-31' in 'a:2028-06-31' is not a date (YYYY-MM-DD)");
    assertThatThrownBy(() -> LeadershipRotation.renewals("a:1:2:3"))
        .hasMessageContaining("is not handle:YYYY-MM-DD");
    assertThatThrownBy(() -> LeadershipRotation.renewals("a:2028-07-07:2028-07-06"))
        .hasMessage(
            "'a:2028-07-07:2028-07-06': the renewed term starts 2028-07-07, after its end 2028-07-06");
  }
}
