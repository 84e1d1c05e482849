package io.github.tagkit.model.testing;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Frequency;
import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Leadership;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Page;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Recurrence;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.model.Term;
import io.github.tagkit.model.TocSubproject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of valid TAG metadata, in both root shapes, built as model records and written by the
 * model's writer: every document they make passes the schema and every governance rule as of {@link
 * #TODAY}.
 */
public final class MetadataArbitraries {
  public static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

  private static final List<String> WORDS =
      List.of(
          "Cloud",
          "Native",
          "Storage",
          "Network",
          "Runtime",
          "Edge",
          "Data",
          "Security",
          "Policy",
          "Energy",
          "Batch",
          "Mesh",
          "Observability",
          "Compute",
          "Resilience",
          "Delivery");
  private static final List<String> ZONES =
      List.of("America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC");

  private MetadataArbitraries() {}

  static Arbitrary<String> word() {
    return Arbitraries.of(WORDS);
  }

  /** A lower-case name; never a placeholder word, which a valid document does not contain. */
  static Arbitrary<String> slug() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .ofMinLength(3)
        .ofMaxLength(12)
        .filter(s -> !s.matches(".*(foo|bar|baz|todo|tbd|fixme|lorem).*"));
  }

  static Arbitrary<String> text() {
    return word().list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
  }

  /** A person in a role; {@code id} keeps handles unique within a document. */
  static Arbitrary<Person> leader(String id, int maxYears) {
    Arbitrary<Optional<Term>> term =
        Arbitraries.integers()
            .between(0, 300)
            .flatMap(
                startDaysAgo ->
                    Arbitraries.integers()
                        .between(startDaysAgo + 31, Math.max(startDaysAgo + 31, maxYears * 365 - 1))
                        .map(
                            length ->
                                new Term(
                                    TODAY.minusDays(startDaysAgo),
                                    TODAY.minusDays(startDaysAgo).plusDays(length))))
            .optional(0.7);
    return Combinators.combine(word(), word(), term, Arbitraries.of("Example Co", "").optional())
        .as(
            (first, last, t, company) ->
                new Person(
                    Optional.of(id),
                    Optional.empty(),
                    Optional.of(first + " " + last),
                    company,
                    Optional.empty(),
                    t));
  }

  static Arbitrary<List<Person>> leaders(String prefix, int min, int max, int maxYears) {
    return Arbitraries.integers()
        .between(min, max)
        .flatMap(
            count -> {
              List<Arbitrary<Person>> people = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                people.add(leader(prefix + "-" + i, maxYears));
              }
              return Combinators.combine(people).as(list -> list);
            });
  }

  static Arbitrary<Meeting> meeting(boolean recorded) {
    Arbitrary<Optional<Recurrence>> recurrence =
        Combinators.combine(
                Arbitraries.of(Frequency.WEEKLY, Frequency.BIWEEKLY),
                Arbitraries.of(DayOfWeek.class),
                Arbitraries.integers().between(0, 23),
                Arbitraries.of(0, 15, 30, 45),
                Arbitraries.of(ZONES))
            .as(
                (frequency, day, hour, minute, zone) ->
                    new Recurrence(
                        frequency,
                        day,
                        Optional.empty(),
                        LocalTime.of(hour, minute),
                        zone,
                        Optional.of(60),
                        Optional.of(TODAY.with(TemporalAdjusters.nextOrSame(day)))))
            .optional(0.5);
    return Combinators.combine(text(), recurrence, slug())
        .as(
            (description, r, slug) ->
                new Meeting(
                    Optional.of(description),
                    Optional.empty(),
                    r,
                    Optional.of("Virtual meetings via Zoom"),
                    Optional.of("https://www.cncf.io/calendar/"),
                    Optional.empty(),
                    recorded ? Optional.of("https://www.youtube.com/@" + slug) : Optional.empty(),
                    Optional.of("https://notes.cncf.io/" + slug),
                    Optional.empty()));
  }

  static Contact contact(String slug, List<Person> liaisons) {
    Optional<String> no = Optional.empty();
    return new Contact(
        Optional.of("C0" + slug.toUpperCase(java.util.Locale.ROOT) + "01"),
        Optional.of("#" + slug),
        no,
        Optional.of("https://slack.cncf.io"),
        no,
        Optional.of("https://lists.cncf.io/g/cncf-" + slug),
        no,
        no,
        no,
        Optional.of("https://github.com/cncf/" + slug),
        no,
        liaisons);
  }

  static Arbitrary<Page> page() {
    return Combinators.combine(text(), text().list().ofMaxSize(5), text().list().ofMaxSize(5))
        .as(
            (summary, mission, scope) ->
                new Page(
                    Optional.of(summary),
                    mission,
                    scope,
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()));
  }

  static Arbitrary<TagSubproject> subproject(String prefix) {
    return Combinators.combine(slug(), text(), leaders(prefix + "-lead", 2, 3, 1))
        .as(
            (slug, name, leads) ->
                new TagSubproject(
                    prefix + "-" + slug,
                    name,
                    Optional.of(name + " works on " + name),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    new Leadership(List.of(), List.of(), leads, List.of()),
                    List.of(),
                    Contact.none(),
                    Optional.empty(),
                    Optional.empty()));
  }

  static Arbitrary<Tag> tag(String prefix) {
    return Combinators.combine(
            slug(),
            text(),
            leaders(prefix + "-chair", 1, 3, 2),
            leaders(prefix + "-tl", 0, 4, 2),
            leaders(prefix + "-liaison", 1, 2, 2),
            meeting(true).list().ofMinSize(1).ofMaxSize(2),
            page().optional(0.5),
            subproject(prefix + "-sub").list().ofMaxSize(2))
        .as(
            (slug, name, chairs, techLeads, liaisons, meetings, page, subprojects) -> {
              String dir = prefix + "-" + slug;
              List<TagSubproject> unique = new ArrayList<>();
              for (int i = 0; i < subprojects.size(); i++) {
                TagSubproject s = subprojects.get(i);
                unique.add(
                    new TagSubproject(
                        s.dir() + i,
                        s.name(),
                        s.missionStatement(),
                        s.charterLink(),
                        s.label(),
                        s.page(),
                        s.leadership(),
                        s.meetings(),
                        s.contact(),
                        s.landscapeUrl(),
                        s.landscapePreviewImage()));
              }
              return new Tag(
                  dir,
                  "TAG " + name,
                  Optional.of(name),
                  Optional.empty(),
                  Optional.of(dir),
                  page,
                  new Leadership(chairs, techLeads, List.of(), List.of()),
                  meetings,
                  contact(slug, liaisons),
                  unique,
                  Optional.of("https://github.com/cncf/toc/issues?q=label%3Atag%2F" + slug),
                  Optional.empty(),
                  Optional.empty());
            });
  }

  static Arbitrary<TocSubproject> tocSubproject(String prefix) {
    return Combinators.combine(
            slug(),
            text(),
            leaders(prefix + "-chair", 1, 2, 2),
            leaders(prefix + "-liaison", 1, 2, 2))
        .as(
            (slug, name, chairs, liaisons) ->
                new TocSubproject(
                    prefix + "-" + slug,
                    name,
                    Optional.of(name),
                    Optional.empty(),
                    Optional.of(prefix + "-" + slug),
                    Optional.empty(),
                    new Leadership(chairs, List.of(), List.of(), List.of()),
                    List.of(),
                    contact(slug, liaisons),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()));
  }

  /** A valid registry or single-TAG file. */
  public static Arbitrary<TagRegistry> registry() {
    Arbitrary<TagRegistry> single = tag("t0").map(TagRegistry::of);
    Arbitrary<TagRegistry> registry =
        Arbitraries.integers()
            .between(1, 3)
            .flatMap(
                count -> {
                  List<Arbitrary<Tag>> tags = new ArrayList<>();
                  for (int i = 0; i < count; i++) {
                    tags.add(tag("t" + i));
                  }
                  return Combinators.combine(
                          Combinators.combine(tags).as(list -> list),
                          tocSubproject("toc").list().ofMaxSize(1))
                      .as((list, tocs) -> new TagRegistry(Layout.REGISTRY, list, tocs));
                });
    return Arbitraries.oneOf(single, registry);
  }
}
