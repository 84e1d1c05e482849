package io.github.tagkit.model;

import java.util.List;

/**
 * The {@code leadership:} block of a group: who holds which role. TOC liaisons are not here: the
 * registry lists them under {@code contact.toc_liaison} (see {@link Group#people(Role)}).
 *
 * @param chairs {@code chairs}
 * @param techLeads {@code tech_leads}
 * @param subprojectLeads {@code subproject_leads}
 * @param emeritusLeads {@code emeritus_leads}: leaders whose terms ended
 */
public record Leadership(
    List<Person> chairs,
    List<Person> techLeads,
    List<Person> subprojectLeads,
    List<Person> emeritusLeads) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param chairs {@code chairs}
   * @param techLeads {@code tech_leads}
   * @param subprojectLeads {@code subproject_leads}
   * @param emeritusLeads {@code emeritus_leads}: leaders whose terms ended
   */
  public Leadership {
    chairs = RecordChecks.list(chairs, "chairs");
    techLeads = RecordChecks.list(techLeads, "tech_leads");
    subprojectLeads = RecordChecks.list(subprojectLeads, "subproject_leads");
    emeritusLeads = RecordChecks.list(emeritusLeads, "emeritus_leads");
  }

  /** {@return no one in any role} */
  public static Leadership none() {
    return new Leadership(List.of(), List.of(), List.of(), List.of());
  }

  /**
   * {@return the people listed in {@code role}; always empty for {@link Role#TOC_LIAISON}, which
   * lives in the contact block}
   *
   * @param role the role
   */
  public List<Person> people(Role role) {
    return switch (role) {
      case CHAIR -> chairs;
      case TECH_LEAD -> techLeads;
      case SUBPROJECT_LEAD -> subprojectLeads;
      case EMERITUS_LEAD -> emeritusLeads;
      case TOC_LIAISON -> List.of();
    };
  }
}
