package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A TAG or TOC subproject without a TOC liaison: nobody carries its work to the TOC. */
final class RequireTocLiaison extends BaseRule {
  RequireTocLiaison() {
    super(
        "require-toc-liaison",
        Severity.ERROR,
        "A TAG or TOC subproject lists no TOC liaison under contact.toc_liaison.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (Context.GroupAt group : context.groups()) {
      if (!(group.group() instanceof TagSubproject)
          && group.group().contact().tocLiaisons().isEmpty()) {
        findings.report(
            this,
            group.pointer() + "/contact/toc_liaison",
            group.group().name() + " lists no TOC liaison; add contact.toc_liaison");
      }
    }
  }
}
