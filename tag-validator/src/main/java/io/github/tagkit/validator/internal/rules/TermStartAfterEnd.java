package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.model.Term;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;
import java.util.List;

/** A term that ends before it starts. */
final class TermStartAfterEnd extends BaseRule {
  TermStartAfterEnd() {
    super("term-start-after-end", Severity.ERROR, "A term starts after it ends.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (var leader : Leaders.all(context, List.of(Role.values()))) {
      Term term = leader.value().term().orElse(null);
      if (term != null && term.start().isAfter(term.end())) {
        findings.report(
            this,
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
