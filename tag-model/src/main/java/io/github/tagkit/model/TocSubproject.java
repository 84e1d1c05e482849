package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * A subproject of the Technical Oversight Committee itself: an entry of {@code toc_subprojects:}.
 *
 * @param initiativesUrl {@code subproject_initiatives}: where its initiatives are tracked
 * @param dir {@code dir}: the group's directory, e.g. {@code tag-infrastructure}
 * @param name {@code name}: the group's name, e.g. {@code TAG Infrastructure}
 * @param missionStatement {@code mission_statement}: the group's mission, a sentence or a paragraph
 * @param charterLink {@code charter_link}: the charter, relative to the group's directory, or its
 *     URL
 * @param label {@code label}: the GitHub label of the group's issues
 * @param page {@code page}: the content of the group's page
 * @param leadership {@code leadership}: the chairs, tech leads, subproject leads and emeritus leads
 * @param meetings {@code meetings}: the group's meetings
 * @param contact {@code contact}: the group's channels and TOC liaisons
 * @param landscapeUrl {@code landscape_url}: the group's landscape
 * @param landscapePreviewImage {@code landscape_preview_image}: a picture of the landscape
 */
public record TocSubproject(
    String dir,
    String name,
    Optional<String> missionStatement,
    Optional<String> charterLink,
    Optional<String> label,
    Optional<Page> page,
    Leadership leadership,
    List<Meeting> meetings,
    Contact contact,
    Optional<String> initiativesUrl,
    Optional<String> landscapeUrl,
    Optional<String> landscapePreviewImage)
    implements Group {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param dir {@code dir}: the group's directory, e.g. {@code tag-infrastructure}
   * @param name {@code name}: the group's name, e.g. {@code TAG Infrastructure}
   * @param missionStatement {@code mission_statement}: the group's mission, a sentence or a
   *     paragraph
   * @param charterLink {@code charter_link}: the charter, relative to the group's directory, or its
   *     URL
   * @param label {@code label}: the GitHub label of the group's issues
   * @param page {@code page}: the content of the group's page
   * @param leadership {@code leadership}: the chairs, tech leads, subproject leads and emeritus
   *     leads
   * @param meetings {@code meetings}: the group's meetings
   * @param contact {@code contact}: the group's channels and TOC liaisons
   * @param initiativesUrl {@code subproject_initiatives}: where its initiatives are tracked
   * @param landscapeUrl {@code landscape_url}: the group's landscape
   * @param landscapePreviewImage {@code landscape_preview_image}: a picture of the landscape
   */
  public TocSubproject {
    dir = RecordChecks.required(dir, "dir");
    name = RecordChecks.required(name, "name");
    missionStatement = RecordChecks.text(missionStatement);
    charterLink = RecordChecks.text(charterLink);
    label = RecordChecks.text(label);
    page = RecordChecks.orEmpty(page);
    leadership = leadership == null ? Leadership.none() : leadership;
    meetings = RecordChecks.list(meetings, "meetings");
    contact = contact == null ? Contact.none() : contact;
    initiativesUrl = RecordChecks.text(initiativesUrl);
    landscapeUrl = RecordChecks.text(landscapeUrl);
    landscapePreviewImage = RecordChecks.text(landscapePreviewImage);
  }
}
