package io.github.tagkit.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A subproject a TAG runs: an entry of a TAG's {@code tag_subprojects:}. Without a {@code dir} it
 * lives where cncf/toc's generator puts it: in the directory named after it, lower case, spaces as
 * hyphens ({@code Green Reviews} in {@code green-reviews}).
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

  public TagSubproject {
    name = Values.required(name, "name");
    // cncf/toc's generator names the directory of a subproject without one after the subproject.
    dir =
        dir == null || dir.isBlank()
            ? name.strip().replace(" ", "-").toLowerCase(Locale.ROOT)
            : dir;
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
