package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/** A subproject a TAG runs: an entry of a TAG's {@code tag_subprojects:}. */
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

  public TagSubproject {
    dir = Values.required(dir, "dir");
    name = Values.required(name, "name");
    missionStatement = Values.text(missionStatement);
    charterLink = Values.text(charterLink);
    label = Values.text(label);
    page = Values.orEmpty(page);
    leadership = leadership == null ? Leadership.none() : leadership;
    meetings = Values.list(meetings, "meetings");
    contact = contact == null ? Contact.none() : contact;
    landscapeUrl = Values.text(landscapeUrl);
    landscapePreviewImage = Values.text(landscapePreviewImage);
  }
}
