package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;
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
  public void check(Context context, Findings findings) {
    Map<Path, String> directories = new HashMap<>();
    Map<String, String> labels = new HashMap<>();
    for (Context.GroupAt group : context.groups()) {
      Path directory = Path.of(group.directory().toString().toLowerCase(Locale.ROOT));
      String earlier = directories.putIfAbsent(directory, group.pointer());
      if (earlier != null) {
        findings.report(
            this,
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
                      this,
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
