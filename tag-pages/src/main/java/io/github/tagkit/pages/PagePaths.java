package io.github.tagkit.pages;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/** Output paths derived from {@code dir}s, kept inside the repository. */
final class PagePaths {
  private PagePaths() {}

  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  /**
   * {@code path} when it is a relative path of safe segments; otherwise an exception that names it.
   * A {@code dir} of {@code ../x} or {@code /etc} can never place a page outside the repository.
   */
  static String checked(String path) {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("page path '" + path + "' must be relative");
    }
    for (String segment : path.split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
        throw new IllegalArgumentException(
            "page path '" + path + "' has an unsafe part '" + segment + "'; a dir is a plain name");
      }
    }
    return path;
  }

  /** The file of {@code page} under {@code root}, proven to stay inside it. */
  static Path resolve(Path root, String page) {
    Path base = root.toAbsolutePath().normalize();
    Path file = base.resolve(checked(page)).normalize();
    if (!file.startsWith(base)) {
      throw new IllegalArgumentException("page path '" + page + "' leaves " + base);
    }
    return file;
  }
}
