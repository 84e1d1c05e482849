package io.github.tagkit.examples;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.Term;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists, per group, the leaders whose term ends within a number of days of today, or has already
 * ended: the people a TAG has to re-elect or replace next.
 *
 * <pre>usage: TermsEndingSoon [--days N] [--today YYYY-MM-DD] FILE...</pre>
 */
public final class TermsEndingSoon {
  private TermsEndingSoon() {}

  /** A leader whose term needs attention. */
  record Ending(Group group, Role role, Person person, Term term) {}

  /** The leaders of {@code registry} whose term ends on or before {@code today + days}. */
  static List<Ending> find(TagRegistry registry, LocalDate today, int days) {
    List<Ending> endings = new ArrayList<>();
    for (Group group : registry.groups()) {
      for (Role role : Role.values()) {
        for (Person person : group.people(role)) {
          person
              .term()
              .filter(term -> term.daysLeft(today) <= days)
              .ifPresent(term -> endings.add(new Ending(group, role, person, term)));
        }
      }
    }
    return endings;
  }

  static void print(Path file, TagRegistry registry, LocalDate today, int days, PrintStream out) {
    List<Ending> endings = find(registry, today, days);
    out.printf(
        "%s: %s; %s whose term ends by %s%n",
        file,
        count(registry.groups().size(), "group"),
        count(endings.size(), "leader"),
        today.plusDays(days));
    int width = endings.stream().mapToInt(e -> who(e.person()).length()).max().orElse(0);
    Group current = null;
    for (Ending ending : endings) {
      if (ending.group() != current) {
        current = ending.group();
        out.printf("  %s (%s)%n", current.name(), current.dir());
      }
      long left = ending.term().daysLeft(today);
      out.printf(
          "    %-10s %-" + width + "s  term %s to %s, %s%n",
          ending.role().title(),
          who(ending.person()),
          ending.term().start(),
          ending.term().end(),
          left < 0 ? "ended " + count(-left, "day") + " ago" : "ends in " + count(left, "day"));
    }
  }

  private static String who(Person person) {
    return person.name().orElse("(no name)") + person.github().map(h -> " @" + h).orElse("");
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  public static void main(String[] args) {
    int days = 90;
    LocalDate today = LocalDate.now();
    List<Path> files = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--days" -> days = Integer.parseInt(args[++i]);
          case "--today" -> today = LocalDate.parse(args[++i]);
          default -> files.add(Path.of(args[i]));
        }
      }
    } catch (NumberFormatException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
      files.clear();
    }
    if (files.isEmpty()) {
      System.err.println("usage: TermsEndingSoon [--days N] [--today YYYY-MM-DD] FILE...");
      System.exit(2);
    }
    int failed = 0;
    for (Path file : files) {
      try {
        print(file, TagRegistry.read(file), today, days, System.out);
      } catch (TagFileException e) {
        System.err.println(e.getMessage());
        failed++;
      } catch (IOException e) {
        System.err.println(file + ": cannot read: " + e.getMessage());
        failed++;
      }
    }
    if (failed > 0) {
      System.exit(1);
    }
  }
}
