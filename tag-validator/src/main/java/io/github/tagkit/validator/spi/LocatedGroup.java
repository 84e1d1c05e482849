package io.github.tagkit.validator.spi;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Role;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A group of the checked file, the JSON pointer it was read from ({@code /tags/0}, {@code
 * /tags/0/tag_subprojects/1}, or {@code ""} for the TAG of a per-TAG file), and its directory
 * relative to the repository root ({@code tags/tag-infrastructure}, {@code ""} for a per-TAG
 * repository).
 *
 * @param group the group
 * @param pointer the JSON pointer it was read from
 * @param directory its directory, relative to the repository root
 */
public record LocatedGroup(Group group, String pointer, Path directory) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param group the group
   * @param pointer the JSON pointer it was read from
   * @param directory its directory, relative to the repository root
   */
  public LocatedGroup {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(directory, "directory");
  }

  /**
   * {@return the group's people in {@code role}, each with its pointer: where the registry keeps
   * them ({@code leadership/chairs/0}, or {@code contact/toc_liaison/0} for TOC liaisons)}
   *
   * @param role the role
   */
  public List<Located<Person>> people(Role role) {
    String list =
        role == Role.TOC_LIAISON
            ? Pointers.child(Pointers.child(pointer, "contact"), "toc_liaison")
            : Pointers.child(Pointers.child(pointer, "leadership"), role.key());
    List<Person> people = group.people(role);
    List<Located<Person>> located = new ArrayList<>(people.size());
    for (int i = 0; i < people.size(); i++) {
      located.add(new Located<>(people.get(i), Pointers.child(list, i)));
    }
    return located;
  }
}
