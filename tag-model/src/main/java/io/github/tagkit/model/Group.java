package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * What TAGs, TAG subprojects and TOC subprojects have in common: a directory, a name, a mission, a
 * charter, leaders, meetings and ways to reach them.
 */
public sealed interface Group permits Tag, TagSubproject, TocSubproject {

  /** {@return the group's directory: {@code tags/<dir>/} in the registry repository} */
  String dir();

  /** {@return the group's name, e.g. {@code TAG Infrastructure}} */
  String name();

  /** {@return the group's mission, a sentence or a paragraph} */
  Optional<String> missionStatement();

  /** {@return the charter, relative to the group's directory, e.g. {@code charter.md}} */
  Optional<String> charterLink();

  /** {@return the GitHub label of the group's issues, e.g. {@code tag-infrastructure}} */
  Optional<String> label();

  /** {@return the chairs, tech leads, subproject leads and emeritus leads} */
  Leadership leadership();

  /** {@return the group's meetings} */
  List<Meeting> meetings();

  /** {@return the group's channels and TOC liaisons} */
  Contact contact();

  /** {@return the group's landscape} */
  Optional<String> landscapeUrl();

  /** {@return a picture of the group's landscape} */
  Optional<String> landscapePreviewImage();

  /** {@return the content of the group's page} */
  Optional<Page> page();

  /**
   * {@return the people in {@code role}, TOC liaisons included (the registry lists them under
   * contact)}
   *
   * @param role the role
   */
  default List<Person> people(Role role) {
    return role == Role.TOC_LIAISON ? contact().tocLiaisons() : leadership().people(role);
  }
}
