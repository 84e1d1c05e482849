package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.Tag;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A TAG without chairs: governance requires chairs to run it. */
final class RequireChairs extends BaseRule {
  RequireChairs() {
    super("require-chairs", Severity.ERROR, "A TAG lists no chairs.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (Context.GroupAt group : context.groups()) {
      if (group.group() instanceof Tag tag && tag.leadership().chairs().isEmpty()) {
        findings.report(
            this,
            group.pointer() + "/leadership/chairs",
            tag.name() + " lists no chairs; add them under leadership.chairs");
      }
    }
  }
}
