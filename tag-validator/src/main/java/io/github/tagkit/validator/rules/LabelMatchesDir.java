package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A group whose GitHub label differs from its directory: tools join the two. */
final class LabelMatchesDir extends BaseRule {
  LabelMatchesDir() {
    super("label-matches-dir", Severity.ERROR, "A group's label differs from its dir.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      String dir = group.group().dir();
      group
          .group()
          .label()
          .filter(label -> !label.equals(dir))
          .ifPresent(
              label ->
                  findings.report(
                      group.pointer() + "/label",
                      "label '" + label + "' differs from dir '" + dir + "'; make them the same"));
    }
  }
}
