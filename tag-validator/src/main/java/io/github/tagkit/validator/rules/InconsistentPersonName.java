package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The same GitHub handle under different names: one of them is a typo or stale. */
final class InconsistentPersonName extends BaseRule {
  InconsistentPersonName() {
    super(
        "inconsistent-person-name",
        Severity.WARNING,
        "The same GitHub handle appears with different names in the file.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    Map<String, Leaders.Leader> first = new HashMap<>();
    for (var leader : Leaders.all(context, List.of(Role.values()))) {
      var person = leader.value();
      if (person.github().isEmpty() || person.name().isEmpty()) {
        continue;
      }
      String handle = person.github().get().toLowerCase(Locale.ROOT);
      Leaders.Leader seen = first.putIfAbsent(handle, leader);
      if (seen != null && !seen.value().name().equals(person.name())) {
        findings.report(
            leader.pointer() + "/name",
            "@"
                + person.github().get()
                + " is named '"
                + person.name().get()
                + "' here but '"
                + seen.value().name().get()
                + "' at "
                + seen.pointer()
                + "; use one spelling");
      }
    }
  }
}
