package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Tag;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A TAG without meetings: governance requires a public meeting at least monthly. */
final class RequireMeetings extends BaseRule {
  RequireMeetings() {
    super("require-meetings", Severity.ERROR, "A TAG lists no meetings.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      if (group.group() instanceof Tag tag && tag.meetings().isEmpty()) {
        findings.report(
            group.pointer() + "/meetings",
            Leaders.shown(tag.name())
                + " lists no meetings; governance requires a public meeting at least monthly");
      }
    }
  }
}
