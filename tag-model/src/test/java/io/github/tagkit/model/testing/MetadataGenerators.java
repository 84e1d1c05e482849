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

/**
 * Generators of valid TAG metadata, in both root shapes, built as model records and written by the
 * model's writer: every document they make passes the schema and every governance rule as of {@link
 * #TODAY}.
 */
public final class MetadataGenerators {
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

  private MetadataGenerators() {}

  static Gen<String> word() {
    return Gen.of(WORDS);
  }

  /** A lower-case name; never a placeholder word, which a valid document does not contain. */
  static Gen<String> slug() {
    return Gen.strings("abcdefghijklmnopqrstuvwxyz", 3, 12)
        .filter(s -> !s.matches(".*(foo|bar|baz|todo|tbd|fixme|lorem).*"));
  }

  static Gen<String> text() {
    return word().list(1, 8).map(words -> String.join(" ", words));
  }

  /** A person in a role; {@code id} keeps handles unique within a document. */
  static Gen<Person> leader(String id, int maxYears) {
    Gen<Term> term =
        choices -> {
          int startDaysAgo = choices.draw(0, 300);
          int length =
              choices.draw(startDaysAgo + 31, Math.max(startDaysAgo + 31, maxYears * 365 - 1));
          LocalDate start = TODAY.minusDays(startDaysAgo);
          return new Term(start, start.plusDays(length));
        };
    Gen<Optional<Term>> terms = term.optional(0.7);
    Gen<Optional<String>> company = Gen.of("Example Co", "").optional(0.95);
    return choices ->
        new Person(
            Optional.of(id),
            Optional.empty(),
            Optional.of(word().next(choices) + " " + word().next(choices)),
            company.next(choices),
            Optional.empty(),
            terms.next(choices));
  }

  static Gen<List<Person>> leaders(String prefix, int min, int max, int maxYears) {
    return Gen.integers(min, max)
        .flatMap(
            count -> {
              List<Gen<Person>> people = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                people.add(leader(prefix + "-" + i, maxYears));
              }
              return Gen.all(people);
            });
  }

  static Gen<Meeting> meeting(boolean recorded) {
    Gen<Recurrence> recurrence =
        choices -> {
          Frequency frequency = Gen.of(Frequency.WEEKLY, Frequency.BIWEEKLY).next(choices);
          DayOfWeek day = Gen.of(DayOfWeek.class).next(choices);
          int hour = choices.draw(0, 23);
          int minute = Gen.of(0, 15, 30, 45).next(choices);
          String zone = Gen.of(ZONES).next(choices);
          return new Recurrence(
              frequency,
              day,
              Optional.empty(),
              LocalTime.of(hour, minute),
              zone,
              Optional.of(60),
              Optional.of(TODAY.with(TemporalAdjusters.nextOrSame(day))));
        };
    Gen<Optional<Recurrence>> recurrences = recurrence.optional(0.5);
    return choices -> {
      String description = text().next(choices);
      Optional<Recurrence> r = recurrences.next(choices);
      String slug = slug().next(choices);
      return new Meeting(
          Optional.of(description),
          Optional.empty(),
          r,
          Optional.of("Virtual meetings via Zoom"),
          Optional.of("https://www.cncf.io/calendar/"),
          Optional.empty(),
          recorded ? Optional.of("https://www.youtube.com/@" + slug) : Optional.empty(),
          Optional.of("https://notes.cncf.io/" + slug),
          Optional.empty());
    };
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

  static Gen<Page> page() {
    return choices ->
        new Page(
            Optional.of(text().next(choices)),
            text().list(0, 5).next(choices),
            text().list(0, 5).next(choices),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
  }

  static Gen<TagSubproject> subproject(String prefix) {
    return choices -> {
      String slug = slug().next(choices);
      String name = text().next(choices);
      List<Person> leads = leaders(prefix + "-lead", 2, 3, 1).next(choices);
      return new TagSubproject(
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
          Optional.empty());
    };
  }

  static Gen<Tag> tag(String prefix) {
    return choices -> {
      String slug = slug().next(choices);
      String name = text().next(choices);
      List<Person> chairs = leaders(prefix + "-chair", 1, 3, 2).next(choices);
      List<Person> techLeads = leaders(prefix + "-tl", 0, 4, 2).next(choices);
      List<Person> liaisons = leaders(prefix + "-liaison", 1, 2, 2).next(choices);
      List<Meeting> meetings = meeting(true).list(1, 2).next(choices);
      Optional<Page> page = page().optional(0.5).next(choices);
      List<TagSubproject> subprojects = subproject(prefix + "-sub").list(0, 2).next(choices);
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
    };
  }

  static Gen<TocSubproject> tocSubproject(String prefix) {
    return choices -> {
      String slug = slug().next(choices);
      String name = text().next(choices);
      List<Person> chairs = leaders(prefix + "-chair", 1, 2, 2).next(choices);
      List<Person> liaisons = leaders(prefix + "-liaison", 1, 2, 2).next(choices);
      return new TocSubproject(
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
          Optional.empty());
    };
  }

  /** A valid registry or single-TAG file. */
  public static Gen<TagRegistry> registry() {
    Gen<TagRegistry> single = tag("t0").map(TagRegistry::of);
    Gen<TagRegistry> registry =
        choices -> {
          int count = choices.draw(1, 3);
          List<Tag> tags = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            tags.add(tag("t" + i).next(choices));
          }
          List<TocSubproject> tocs = tocSubproject("toc").list(0, 1).next(choices);
          return new TagRegistry(Layout.REGISTRY, tags, tocs);
        };
    return Gen.oneOf(single, registry);
  }
}
