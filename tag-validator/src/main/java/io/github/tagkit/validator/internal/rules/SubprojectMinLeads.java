package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;

/** A TAG subproject with fewer than two leads: one absence stops it. */
final class SubprojectMinLeads extends BaseRule {
  SubprojectMinLeads() {
    super("subproject-min-leads", Severity.WARNING, "A TAG subproject has fewer than 2 leads.");
  }

  @Override
  public void check(Context context, Findings findings) {
    for (Context.GroupAt group : context.groups()) {
      if (group.group() instanceof TagSubproject sub
          && sub.leadership().subprojectLeads().size() < 2) {
        int leads = sub.leadership().subprojectLeads().size();
        findings.report(
            this,
            group.pointer() + "/leadership",
            sub.name()
                + " has "
                + (leads == 0 ? "no leads" : "1 lead")
                + "; a subproject needs at least 2 subproject_leads");
      }
    }
  }
}
