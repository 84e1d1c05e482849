package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The records check their invariants at the door and answer domain questions. */
class ModelTest {

  @ParameterizedTest(name = "{0} to {1} is {2}")
  @CsvSource({
    "2025-07-01, 2027-06-30, P2Y",
    "2025-07-02, 2026-06-30, P11M29D",
    "2026-06-09, 2028-06-30, P2Y22D"
  })
  void termLengthCountsBothEnds(LocalDate start, LocalDate end, Period length) {
    assertThat(new Term(start, end).length()).isEqualTo(length);
  }

  @Test
  void termDaysLeftAndIncludes() {
    Term term = new Term(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 6, 30));
    assertThat(term.daysLeft(LocalDate.of(2026, 6, 1))).isEqualTo(29);
    assertThat(term.daysLeft(LocalDate.of(2026, 6, 30))).isZero();
    assertThat(term.daysLeft(LocalDate.of(2026, 7, 1))).isEqualTo(-1);
    assertThat(term.includes(LocalDate.of(2026, 6, 30))).isTrue();
    assertThat(term.includes(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(term.includes(LocalDate.of(2025, 6, 30))).isFalse();
  }

  @Test
  void blankTextIsAbsent() {
    Person person =
        new Person(
            Optional.of(" "), null, Optional.of(""), Optional.of("Co"), Optional.empty(), null);
    assertThat(person.github()).isEmpty();
    assertThat(person.lfxId()).isEmpty();
    assertThat(person.name()).isEmpty();
    assertThat(person.company()).contains("Co");
    assertThat(person.term()).isEmpty();
  }

  @Test
  void listsAreImmutableCopies() {
    List<Person> chairs = new ArrayList<>(List.of(Person.of("a", "A")));
    Leadership leadership = new Leadership(chairs, null, null, null);
    chairs.clear();
    assertThat(leadership.chairs()).hasSize(1);
    assertThat(leadership.techLeads()).isEmpty();
    assertThatThrownBy(() -> leadership.chairs().add(Person.of("b", "B")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> new Leadership(Arrays.asList(Person.of("a", "A"), null), null, null, null))
        .hasMessage("chairs has an empty entry at index 1");
  }

  @Test
  void peopleByRoleIncludeTheLiaisonsOfTheContactBlock() {
    Person chair = Person.of("chair", "Chair");
    Person liaison = Person.of("liaison", "Liaison");
    Contact contact =
        new Contact(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            List.of(liaison));
    Tag tag =
        new Tag(
            "tag-x",
            "TAG X",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            new Leadership(List.of(chair), null, null, null),
            null,
            contact,
            null,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(tag.people(Role.CHAIR)).containsExactly(chair);
    assertThat(tag.people(Role.TOC_LIAISON)).containsExactly(liaison);
    assertThat(tag.people(Role.TECH_LEAD)).isEmpty();
    assertThat(tag.meetings()).isEmpty();
    assertThat(tag.subprojects()).isEmpty();
  }

  @Test
  void groupsNeedADirAndAName() {
    assertThatThrownBy(
            () ->
                new TocSubproject(
                    " ",
                    "X",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    null,
                    null,
                    null,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .hasMessage("'dir' is required and must not be empty");
  }

  @Test
  void contactWithoutChannelsHasNone() {
    assertThat(Contact.none().channels()).isEmpty();
    assertThat(Contact.none().slackDetails()).isEmpty();
  }

  @Test
  void slackArchiveUrlUsesTheNamedWorkspace() {
    SlackChannel own =
        new SlackChannel(
            Optional.of("C1"),
            Optional.empty(),
            Optional.of("https://kubernetes.slack.com/"),
            Optional.empty(),
            Optional.empty());
    assertThat(own.archiveUrl()).contains("https://kubernetes.slack.com/archives/C1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"America/Los_Angeles, true", "UTC, true", "PDT, false", "Pacific Time, false"})
  void recurrenceResolvesOnlyRealZoneIds(String zone, boolean resolves) {
    Recurrence recurrence =
        new Recurrence(
            Frequency.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(8, 0), zone, null, null);
    assertThat(recurrence.zone().isPresent()).isEqualTo(resolves);
    if (resolves) {
      assertThat(recurrence.zone()).contains(ZoneId.of(zone));
    }
  }

  @Test
  void singleTagRegistryHoldsOneTag() {
    assertThatThrownBy(() -> new TagRegistry(Layout.SINGLE_TAG, List.of(), List.of()))
        .hasMessage("a single-TAG file holds exactly one TAG");
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "mailing_lst, mailing_list, 1",
    "toc_liasion, toc_liaison, 1",
    "mailing-list, mailing_list, 0",
    "Chairs, chairs, 0",
    "tagz, tags, 1",
    "slack, email, 4"
  })
  void suggestionDistance(String typed, String known, int distance) {
    assertThat(Suggestions.distance(typed, known)).isEqualTo(distance);
  }

  @Test
  void suggestionIsTheNearestKeyAndTheFirstInOrderOfTwoAsNear() {
    List<String> known = List.of("time_zone", "timezone", "name", "label");
    assertThat(Suggestions.hint("Time-Zone", known)).isEqualTo("; did you mean 'time_zone'?");
    assertThat(Suggestions.hint("lable", known)).isEqualTo("; did you mean 'label'?");
    assertThat(Suggestions.hint("nam", List.of("nap", "name", "dam")))
        .isEqualTo("; did you mean 'dam'?");
    assertThat(Suggestions.hint("zzz", known))
        .isEqualTo("; expected one of: label, name, time_zone, timezone");
  }
}
