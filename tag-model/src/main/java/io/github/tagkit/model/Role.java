package io.github.tagkit.model;

import java.util.List;

/**
 * A leadership role in a TAG, a subproject or a TOC subproject, with the duties the CNCF governance
 * documents give it.
 */
public enum Role {
  /** Chairs coordinate the group and speak for it to the TOC. */
  CHAIR(
      "chairs",
      "Chair",
      "Coordinate TAG activities, facilitate meetings, and serve as liaisons to the TOC"),
  /** Tech leads give the group its technical direction. */
  TECH_LEAD(
      "tech_leads", "Tech Lead", "Provide technical direction and oversee technical initiatives"),
  /** TOC members who link the group and the TOC, listed under {@code contact}. */
  TOC_LIAISON(
      "toc_liaison", "TOC Liaison", "TOC member(s) who facilitate communication with the TOC"),
  /** Subproject leads run a subproject. */
  SUBPROJECT_LEAD(
      "subproject_leads",
      "Subproject Lead",
      "Lead a subproject: run its meetings, steward its work, and report to the TAG"),
  /** Former leaders, listed for their past service. */
  EMERITUS_LEAD(
      "emeritus_leads",
      "Emeritus Lead",
      "Former leaders recognised for their past service; they hold no current duties");

  private final String key;
  private final String title;
  private final String duties;

  Role(String key, String title, String duties) {
    this.key = key;
    this.title = title;
    this.duties = duties;
  }

  /**
   * {@return the key that lists people in this role in the metadata file, e.g. {@code tech_leads}}
   */
  public String key() {
    return key;
  }

  /** {@return the role's name as the governance documents write it, e.g. {@code Tech Lead}} */
  public String title() {
    return title;
  }

  /**
   * {@return the roles that hold office for a term, in the order pages list them: chairs, tech
   * leads, subproject leads}
   */
  public static List<Role> withTerms() {
    return WITH_TERMS;
  }

  /**
   * {@return the roles listed under a group's {@code leadership}, in the order the files and pages
   * list them: the roles with terms, then emeritus leads}
   */
  public static List<Role> leadership() {
    return LEADERSHIP;
  }

  private static final List<Role> WITH_TERMS = List.of(CHAIR, TECH_LEAD, SUBPROJECT_LEAD);
  private static final List<Role> LEADERSHIP =
      List.of(CHAIR, TECH_LEAD, SUBPROJECT_LEAD, EMERITUS_LEAD);

  /** {@return what people in this role do, in one sentence} */
  public String duties() {
    return duties;
  }
}
