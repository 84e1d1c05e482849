package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Two groups in one directory, or with one label: their pages and issues would collide. */
final class UniqueDirAndLabel extends BaseRule {
  UniqueDirAndLabel() {
    super(
        "unique-dir-and-label", Severity.ERROR, "Two groups share a directory or a GitHub label.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    Map<Path, String> directories = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (LocatedGroup group : context.groups()) {
      Path directory = Path.of(group.directory().toString().toLowerCase(Locale.ROOT));
      String earlier = directories.putIfAbsent(directory, group.pointer());
      if (earlier != null) {
        findings.report(
            group.pointer() + "/dir",
            "dir '"
                + group.group().dir()
                + "' is also used at "
                + earlier
                + "; each group needs its own");
      }
      group
          .group()
          .label()
          .ifPresent(
              label -> {
                String other = labels.putIfAbsent(label.toLowerCase(Locale.ROOT), group.pointer());
                if (other != null) {
                  findings.report(
                      group.pointer() + "/label",
                      "label '"
                          + label
                          + "' is also used at "
                          + other
                          + "; each group needs its own");
                }
              });
    }
  }
}
