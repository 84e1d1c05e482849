package io.github.tagkit.validator.rules;

import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;

/** A TAG subproject with fewer than two leads: one absence stops it. */
final class SubprojectMinLeads extends BaseRule {
  SubprojectMinLeads() {
    super("subproject-min-leads", Severity.WARNING, "A TAG subproject has fewer than 2 leads.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      if (group.group() instanceof TagSubproject sub
          && sub.leadership().subprojectLeads().size() < 2) {
        int leads = sub.leadership().subprojectLeads().size();
        findings.report(
            group.pointer() + "/leadership",
            Leaders.shown(sub.name())
                + " has "
                + (leads == 0 ? "no leads" : "1 lead")
                + "; a subproject needs at least 2 subproject_leads");
      }
    }
  }
}
