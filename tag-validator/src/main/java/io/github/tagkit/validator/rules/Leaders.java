package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.Located;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The people rules look at, and how messages name them. */
final class Leaders {
  private Leaders() {}

  /** The roles that lead a group (emeritus leads no longer do). */
  static final List<Role> LEADING =
      java.util.stream.Stream.concat(
              Role.withTerms().stream(), java.util.stream.Stream.of(Role.TOC_LIAISON))
          .toList();

  /** A person in a role of a group, with where the entry is. */
  record Leader(LocatedGroup group, Role role, Located<Person> person) {
    String pointer() {
      return person.pointer();
    }

    Person value() {
      return person.value();
    }
  }

  /** The people of every group in one of {@code roles}, group by group, in the order given. */
  static List<Leader> all(RuleContext context, List<Role> roles) {
    return context.derived(
        roles,
        () -> {
          List<Leader> leaders = new ArrayList<>();
          for (LocatedGroup group : context.groups()) {
            for (Role role : roles) {
              for (Located<Person> person : group.people(role)) {
                leaders.add(new Leader(group, role, person));
              }
            }
          }
          return List.copyOf(leaders);
        });
  }

  /**
   * How messages name a group or person: the name as written, or, for a sentence where the name
   * belongs ({@code sentence-in-name} reports it), its first words and "...".
   */
  static String shown(String name) {
    if (!SentenceInName.isSentence(name)) {
      return name;
    }
    String[] words = name.strip().split("\\s+");
    return String.join(" ", Arrays.copyOf(words, Math.min(4, words.length))) + "...";
  }

  /** "Dylan Page (@GenPage)", "@GenPage", "Dylan Page" or "an unnamed person". */
  static String name(Person person) {
    return person
        .name()
        .map(n -> shown(n) + person.github().map(h -> " (@" + h + ")").orElse(""))
        .or(() -> person.github().map(h -> "@" + h))
        .orElse("an unnamed person");
  }

  /** "chair Dylan Page (@GenPage)", or "a chair with neither name nor handle". */
  static String who(Leader leader) {
    Person person = leader.value();
    return person.name().isEmpty() && person.github().isEmpty()
        ? "a " + role(leader.role()) + " with neither name nor handle"
        : role(leader.role()) + " " + name(person);
  }

  /** "chair term of Dylan Page (@GenPage)". */
  static String termOf(Leader leader) {
    return role(leader.role()) + " term of " + name(leader.value());
  }

  /** "chair", "tech lead", "TOC liaison". */
  static String role(Role role) {
    return role == Role.TOC_LIAISON ? "TOC liaison" : role.title().toLowerCase(Locale.ROOT);
  }
}
