package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One person, by GitHub handle in any case, written with a different name, email, LFX id or company
 * in different places: every later place that differs is reported, naming the first. A value one
 * place leaves out is not a difference.
 */
final class InconsistentPerson extends BaseRule {
  /** What is compared, by key; emails and LFX ids ignore case. */
  private record Field(String key, Function<Person, Optional<String>> value, boolean anyCase) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("name", Person::name, false),
          new Field("email", Person::email, true),
          new Field("lfx_id", Person::lfxId, true),
          new Field("company", Person::company, false));

  InconsistentPerson() {
    super(
        "inconsistent-person",
        Severity.WARNING,
        "One GitHub handle has different names, emails, LFX ids or companies in different places.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (Field field : FIELDS) {
      Map<String, Leaders.Leader> first = new HashMap<>();
      for (var leader : Leaders.all(context, List.of(Role.values()))) {
        Person person = leader.value();
        Optional<String> value = field.value().apply(person);
        if (person.github().isEmpty() || value.isEmpty()) {
          continue;
        }
        String handle = person.github().get().toLowerCase(Locale.ROOT);
        Leaders.Leader seen = first.putIfAbsent(handle, leader);
        if (seen == null) {
          continue;
        }
        String earlier = field.value().apply(seen.value()).orElseThrow();
        boolean same =
            field.anyCase() ? earlier.equalsIgnoreCase(value.get()) : earlier.equals(value.get());
        if (!same) {
          findings.report(
              leader.pointer() + "/" + field.key(),
              "@"
                  + person.github().get()
                  + " has "
                  + field.key()
                  + " '"
                  + value.get()
                  + "' here but '"
                  + earlier
                  + "' at "
                  + seen.pointer()
                  + "; use one");
        }
      }
    }
  }
}
