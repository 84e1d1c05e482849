package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;

/**
 * A chair, tech lead or subproject lead without a term: nobody can tell when to hold the next
 * election, and the term rules cannot check it. An entry with neither handle nor name is not yet a
 * person ({@code require-leader-handle} and {@code require-leader-name} say so): it gets no second
 * finding for its term.
 */
final class TermMissing extends BaseRule {
  private static final List<Role> ELECTED = Role.withTerms();

  TermMissing() {
    super("term-missing", Severity.WARNING, "A chair, tech lead or subproject lead has no term.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, ELECTED)) {
      Person person = leader.value();
      boolean empty =
          person.github().filter(h -> !h.isBlank()).isEmpty()
              && person.name().filter(n -> !n.isBlank()).isEmpty();
      if (person.term().isEmpty() && !empty) {
        findings.report(
            leader.pointer(),
            Leaders.who(leader) + " has no term; add term: with the start and end of the mandate");
      }
    }
  }
}
