package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.model.Term;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;

/** A term that ends before it starts. */
final class TermStartAfterEnd extends BaseRule {
  TermStartAfterEnd() {
    super("term-start-after-end", Severity.ERROR, "A term starts after it ends.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (var leader : Leaders.all(context, List.of(Role.values()))) {
      Term term = leader.value().term().orElse(null);
      if (term != null && term.start().isAfter(term.end())) {
        findings.report(
            leader.pointer() + "/term",
            Leaders.termOf(leader)
                + " starts "
                + term.start()
                + ", after it ends "
                + term.end()
                + "; swap the dates");
      }
    }
  }
}
