package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.Severity;

/**
 * A governance rule beyond the schema: one small class, one stable kebab-case id that never changes
 * once released, a default severity and a one-line description.
 */
public interface Rule {

  String id();

  Severity severity();

  String description();

  /** Reports what is wrong in {@code document} to {@code findings}; never throws for content. */
  void check(Context context, Findings findings);

  default RuleInfo info() {
    return new RuleInfo(id(), severity(), description());
  }
}
