package io.github.tagkit.validator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the metadata files to check in a repository. */
public final class TagFiles {
  /** The files checked when none are named: the registry and the per-TAG file. */
  public static final List<String> DEFAULTS = List.of("tags.yaml", "tag.yaml");

  private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "target", "node_modules");

  private TagFiles() {}

  /**
   * {@return the root of the git repository {@code directory} is in: the nearest directory at or
   * above it that holds {@code .git}; empty outside a repository} Reports name files relative to
   * it, as code scanning and pull-request annotations expect.
   *
   * @param directory the directory
   */
  public static Optional<Path> repositoryRoot(Path directory) {
    for (Path dir = directory.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the one of {@link #DEFAULTS} that exists in {@code base}, if any}
   *
   * @param base the directory to look in
   * @throws ConfigurationException ({@code files}) when both do: a repository holds the registry or
   *     one TAG's metadata, and which to check is the user's to say
   */
  public static List<Path> defaults(Path base) {
    List<Path> present = DEFAULTS.stream().map(base::resolve).filter(Files::isRegularFile).toList();
    if (present.size() > 1) {
      throw new ConfigurationException(
          "files",
          "both "
              + String.join(" and ", DEFAULTS)
              + " are in "
              + base.toAbsolutePath().normalize()
              + ": a repository holds the registry or one TAG's metadata, not both; name the one"
              + " to check");
    }
    return present;
  }

  /**
   * The files matching {@code patterns}: paths or globs ({@code tags/**}{@code /*.yaml}) relative
   * to {@code base}, in the order named, each once, sorted within a glob.
   *
   * @param base the directory the patterns are relative to
   * @param patterns the paths and globs
   * @return the files, each once
   * @throws ConfigurationException when a pattern matches no file, naming it
   */
  public static List<Path> resolve(Path base, List<String> patterns) {
    Set<Path> files = new LinkedHashSet<>();
    for (String raw : patterns) {
      String pattern = raw.strip();
      if (pattern.isEmpty()) {
        continue;
      }
      List<Path> matches = isGlob(pattern) ? glob(base, pattern) : literal(base, pattern);
      if (matches.isEmpty()) {
        throw new ConfigurationException(
            "files", "no file matches '" + pattern + "' in " + base.toAbsolutePath().normalize());
      }
      files.addAll(matches);
    }
    return List.copyOf(files);
  }

  /**
   * Splits a comma-separated list, as a user property gives it.
   *
   * @param patterns the list, as a user writes it
   * @return the items, stripped, without empty ones
   */
  public static List<String> split(String patterns) {
    List<String> list = new ArrayList<>();
    for (String part : patterns.split(",")) {
      if (!part.isBlank()) {
        list.add(part.strip());
      }
    }
    return list;
  }

  private static boolean isGlob(String pattern) {
    return pattern.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
  }

  private static List<Path> literal(Path base, String pattern) {
    Path file = base.resolve(pattern);
    return Files.exists(file) ? List.of(file) : List.of();
  }

  private static List<Path> glob(Path base, String pattern) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> matches = new ArrayList<>();
    try {
      Files.walkFileTree(
          base,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(base) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && matcher.matches(base.relativize(file))) {
                matches.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    matches.sort(null);
    return matches;
  }
}
