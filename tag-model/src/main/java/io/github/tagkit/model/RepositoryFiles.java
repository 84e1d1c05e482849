package io.github.tagkit.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file the metadata names is, when it is inside the repository: tagkit reads a charter, a
 * labels file or an existing page only through here, so that a symbolic link in a pull request
 * ({@code charter.md -> /etc/passwd}) cannot make it read, and publish, a file from outside.
 */
public final class RepositoryFiles {
  private RepositoryFiles() {}

  /** Where {@code relative} leads from {@code root}, and whether that stays inside it. */
  public enum Place {
    /** A regular file inside the repository, through any symbolic links. */
    INSIDE,
    /** No such file, or not a regular file. */
    MISSING,
    /** A file reached through a path or a symbolic link that leaves the repository. */
    OUTSIDE
  }

  /**
   * {@return where {@code relative} (resolved against {@code root}) leads}
   *
   * @param root the repository's root
   * @param relative the path the metadata names
   */
  public static Place place(Path root, Path relative) {
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(relative).normalize();
    if (!file.startsWith(base)) {
      return Place.OUTSIDE;
    }
    if (!Files.isRegularFile(file)) {
      return Files.exists(file) || !Files.isSymbolicLink(file) ? Place.MISSING : Place.OUTSIDE;
    }
    try {
      return file.toRealPath().startsWith(base.toRealPath()) ? Place.INSIDE : Place.OUTSIDE;
    } catch (IOException e) {
      return Place.MISSING;
    }
  }

  /**
   * {@return the file {@code relative} names from {@code root}, when it is a regular file inside
   * the repository; empty when it is missing or leads outside}
   *
   * @param root the repository's root
   * @param relative the path the metadata names
   */
  public static Optional<Path> inside(Path root, Path relative) {
    return place(root, relative) == Place.INSIDE
        ? Optional.of(root.toAbsolutePath().normalize().resolve(relative).normalize())
        : Optional.empty();
  }
}
