package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * What TAGs, TAG subprojects and TOC subprojects have in common: a directory, a name, a mission, a
 * charter, leaders, meetings and ways to reach them.
 */
public sealed interface Group permits Tag, TagSubproject, TocSubproject {

  /** The group's directory: {@code tags/<dir>/} in the registry repository. */
  String dir();

  /** The group's name, e.g. {@code TAG Infrastructure}. */
  String name();

  Optional<String> missionStatement();

  /** The charter, relative to the group's directory, e.g. {@code charter.md}. */
  Optional<String> charterLink();

  /** The GitHub label of the group's issues, e.g. {@code tag-infrastructure}. */
  Optional<String> label();

  Leadership leadership();

  List<Meeting> meetings();

  Contact contact();

  Optional<String> landscapeUrl();

  Optional<String> landscapePreviewImage();

  Optional<Page> page();

  /** The people in {@code role}, TOC liaisons included (the registry lists them under contact). */
  default List<Person> people(Role role) {
    return role == Role.TOC_LIAISON ? contact().tocLiaisons() : leadership().people(role);
  }
}
