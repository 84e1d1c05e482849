package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * A subproject of the Technical Oversight Committee itself: an entry of {@code toc_subprojects:}.
 *
 * @param initiativesUrl {@code subproject_initiatives}: where its initiatives are tracked
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

  public TocSubproject {
    dir = Values.required(dir, "dir");
    name = Values.required(name, "name");
    missionStatement = Values.text(missionStatement);
    charterLink = Values.text(charterLink);
    label = Values.text(label);
    page = Values.orEmpty(page);
    leadership = leadership == null ? Leadership.none() : leadership;
    meetings = Values.list(meetings, "meetings");
    contact = contact == null ? Contact.none() : contact;
    initiativesUrl = Values.text(initiativesUrl);
    landscapeUrl = Values.text(landscapeUrl);
    landscapePreviewImage = Values.text(landscapePreviewImage);
  }
}
