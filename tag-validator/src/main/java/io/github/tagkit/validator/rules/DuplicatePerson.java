package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.Located;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The same person twice in one role list. */
final class DuplicatePerson extends BaseRule {
  DuplicatePerson() {
    super("duplicate-person", Severity.ERROR, "The same person is listed twice in one role.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      for (Role role : Role.values()) {
        Map<String, String> seen = new HashMap<>();
        for (Located<io.github.tagkit.model.Person> person : group.people(role)) {
          var handle = person.value().github();
          if (handle.isEmpty()) {
            continue;
          }
          String earlier =
              seen.putIfAbsent(handle.get().toLowerCase(Locale.ROOT), person.pointer());
          if (earlier != null) {
            findings.report(
                person.pointer(),
                "@"
                    + handle.get()
                    + " is listed twice as "
                    + Leaders.role(role)
                    + " of "
                    + Leaders.shown(group.group().name())
                    + " (also at "
                    + earlier
                    + "); remove one entry");
          }
        }
      }
    }
  }
}
