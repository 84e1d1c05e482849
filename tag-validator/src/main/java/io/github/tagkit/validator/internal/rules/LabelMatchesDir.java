package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A group whose GitHub label differs from its directory: tools join the two. */
final class LabelMatchesDir extends BaseRule {
  LabelMatchesDir() {
    super("label-matches-dir", Severity.ERROR, "A group's label differs from its dir.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (Context.GroupAt group : context.groups()) {
      String dir = group.group().dir();
      group
          .group()
          .label()
          .filter(label -> !label.equals(dir))
          .ifPresent(
              label ->
                  findings.report(
                      this,
                      group.pointer() + "/label",
                      "label '" + label + "' differs from dir '" + dir + "'; make them the same"));
    }
  }
}
