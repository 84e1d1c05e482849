package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;
import io.github.tagkit.validator.internal.Located;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The same person twice in one role list. */
final class DuplicatePerson extends BaseRule {
  DuplicatePerson() {
    super("duplicate-person", Severity.ERROR, "The same person is listed twice in one role.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (Context.GroupAt group : context.groups()) {
      for (Role role : Role.values()) {
        Map<String, String> seen = new HashMap<>();
        for (Located<io.github.tagkit.model.Person> person : Context.people(group, role)) {
          var handle = person.value().github();
          if (handle.isEmpty()) {
            continue;
          }
          String earlier =
              seen.putIfAbsent(handle.get().toLowerCase(Locale.ROOT), person.pointer());
          if (earlier != null) {
            findings.report(
                this,
                person.pointer(),
                "@"
                    + handle.get()
                    + " is listed twice as "
                    + Leaders.role(role)
                    + " of "
                    + group.group().name()
                    + " (also at "
                    + earlier
                    + "); remove one entry");
          }
        }
      }
    }
  }
}
