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
 * One person, by GitHub handle in any case, written with a different name, LFX id or company in
 * different places: every later place that differs is reported, naming the first. A value one place
 * leaves out is not a difference. A different e-mail address alone is {@code inconsistent-email},
 * at information level: people use two addresses, at the same company or not, and the pages show
 * none.
 */
final class InconsistentPerson extends BaseRule {
  /** What is compared, by key; emails and LFX ids ignore case. */
  private record Field(String key, Function<Person, Optional<String>> value, boolean anyCase) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("name", Person::name, false),
          new Field("lfx_id", Person::lfxId, true),
          new Field("company", Person::company, false));

  private static final List<Field> EMAIL = List.of(new Field("email", Person::email, true));

  private final List<Field> fields;

  InconsistentPerson() {
    this(
        "inconsistent-person",
        Severity.WARNING,
        "One GitHub handle has different names, LFX ids or companies in different places.",
        FIELDS);
  }

  private InconsistentPerson(String id, Severity severity, String description, List<Field> fields) {
    super(id, severity, description);
    this.fields = fields;
  }

  /** {@code inconsistent-email}: one GitHub handle with different e-mail addresses. */
  static InconsistentPerson email() {
    return new InconsistentPerson(
        "inconsistent-email",
        Severity.INFO,
        "One GitHub handle has different e-mail addresses in different places.",
        EMAIL);
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (Field field : fields) {
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
