package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Tag;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A TAG whose meetings have no recordings link: its meetings must be recorded and public. */
final class RequireRecordings extends BaseRule {
  RequireRecordings() {
    super("require-recordings", Severity.ERROR, "None of a TAG's meetings has a recordings_url.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      if (group.group() instanceof Tag tag
          && !tag.meetings().isEmpty()
          && tag.meetings().stream().allMatch(m -> m.recordingsUrl().isEmpty())) {
        findings.report(
            group.pointer() + "/meetings/0",
            Leaders.shown(tag.name())
                + " publishes no meeting recordings; add recordings_url to its meeting");
      }
    }
  }
}
