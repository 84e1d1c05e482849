package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * A Technical Advisory Group: an entry of {@code tags:} in the registry, or the root of a per-TAG
 * repository's {@code tag.yaml}.
 *
 * @param subprojects the {@code tag_subprojects:} the TAG runs
 * @param initiativesUrl {@code tag_initiatives}: where the TAG's initiatives are tracked
 */
public record Tag(
    String dir,
    String name,
    Optional<String> missionStatement,
    Optional<String> charterLink,
    Optional<String> label,
    Optional<Page> page,
    Leadership leadership,
    List<Meeting> meetings,
    Contact contact,
    List<TagSubproject> subprojects,
    Optional<String> initiativesUrl,
    Optional<String> landscapeUrl,
    Optional<String> landscapePreviewImage)
    implements Group {

  public Tag {
    dir = Values.required(dir, "dir");
    name = Values.required(name, "name");
    missionStatement = Values.text(missionStatement);
    charterLink = Values.text(charterLink);
    label = Values.text(label);
    page = Values.orEmpty(page);
    leadership = leadership == null ? Leadership.none() : leadership;
    meetings = Values.list(meetings, "meetings");
    contact = contact == null ? Contact.none() : contact;
    subprojects = Values.list(subprojects, "tag_subprojects");
    initiativesUrl = Values.text(initiativesUrl);
    landscapeUrl = Values.text(landscapeUrl);
    landscapePreviewImage = Values.text(landscapePreviewImage);
  }
}
