package io.github.tagkit.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A subproject a TAG runs: an entry of a TAG's {@code tag_subprojects:}. Without a {@code dir} it
 * lives where cncf/toc's generator puts it: in the directory named after it, lower case, spaces as
 * hyphens ({@code Green Reviews} in {@code green-reviews}).
 *
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
public record TagSubproject(
    String dir,
    String name,
    Optional<String> missionStatement,
    Optional<String> charterLink,
    Optional<String> label,
    Optional<Page> page,
    Leadership leadership,
    List<Meeting> meetings,
    Contact contact,
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
   * @param landscapeUrl {@code landscape_url}: the group's landscape
   * @param landscapePreviewImage {@code landscape_preview_image}: a picture of the landscape
   */
  public TagSubproject {
    name = RecordChecks.required(name, "name");
    // cncf/toc's generator names the directory of a subproject without one after the subproject.
    dir =
        dir == null || dir.isBlank()
            ? name.strip().replace(" ", "-").toLowerCase(Locale.ROOT)
            : dir;
    missionStatement = RecordChecks.text(missionStatement);
    charterLink = RecordChecks.text(charterLink);
    label = RecordChecks.text(label);
    page = RecordChecks.orEmpty(page);
    leadership = leadership == null ? Leadership.none() : leadership;
    meetings = RecordChecks.list(meetings, "meetings");
    contact = contact == null ? Contact.none() : contact;
    landscapeUrl = RecordChecks.text(landscapeUrl);
    landscapePreviewImage = RecordChecks.text(landscapePreviewImage);
  }
}
