package io.github.tagkit.validator.rules;

import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A TAG or TOC subproject without a TOC liaison: nobody carries its work to the TOC. */
final class RequireTocLiaison extends BaseRule {
  RequireTocLiaison() {
    super(
        "require-toc-liaison",
        Severity.ERROR,
        "A TAG or TOC subproject lists no TOC liaison under contact.toc_liaison.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      if (!(group.group() instanceof TagSubproject)
          && group.group().contact().tocLiaisons().isEmpty()) {
        findings.report(
            group.pointer() + "/contact/toc_liaison",
            Leaders.shown(group.group().name()) + " lists no TOC liaison; add contact.toc_liaison");
      }
    }
  }
}
