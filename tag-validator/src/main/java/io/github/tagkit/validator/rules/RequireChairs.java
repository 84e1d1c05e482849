package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Tag;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A TAG without chairs: governance requires chairs to run it. */
final class RequireChairs extends BaseRule {
  RequireChairs() {
    super("require-chairs", Severity.ERROR, "A TAG lists no chairs.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      if (group.group() instanceof Tag tag && tag.leadership().chairs().isEmpty()) {
        findings.report(
            group.pointer() + "/leadership/chairs",
            Leaders.shown(tag.name()) + " lists no chairs; add them under leadership.chairs");
      }
    }
  }
}
