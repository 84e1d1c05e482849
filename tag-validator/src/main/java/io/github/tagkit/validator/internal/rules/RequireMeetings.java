package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.Tag;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A TAG without meetings: governance requires a public meeting at least monthly. */
final class RequireMeetings extends BaseRule {
  RequireMeetings() {
    super("require-meetings", Severity.ERROR, "A TAG lists no meetings.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (Context.GroupAt group : context.groups()) {
      if (group.group() instanceof Tag tag && tag.meetings().isEmpty()) {
        findings.report(
            this,
            group.pointer() + "/meetings",
            tag.name()
                + " lists no meetings; governance requires a public meeting at least monthly");
      }
    }
  }
}
