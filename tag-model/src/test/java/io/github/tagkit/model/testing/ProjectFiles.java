package io.github.tagkit.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's own files, for tests that need a real file rather than a copy: each shared fixture
 * is kept once (the cncf/toc excerpt and its charters in {@code examples/cncf-toc}, TAG
 * Infrastructure's repository in {@code examples/tag-infrastructure}, the model's fixtures in
 * {@code tag-model/src/test/resources}) and read from there by every module's tests.
 */
public final class ProjectFiles {
  private ProjectFiles() {}

  /** The project's root directory: the parent of the module whose tests are running. */
  public static Path root() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    for (Path dir = module.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("tag-model"))
          && Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no tagkit project above " + module.toAbsolutePath());
  }

  /** The file at {@code relative} from the project's root; it must exist. */
  public static Path path(String relative) {
    Path file = root().resolve(relative);
    if (!Files.exists(file)) {
      throw new IllegalStateException("no project file " + relative + " at " + file);
    }
    return file;
  }

  /** The real cncf/toc excerpt: {@code examples/cncf-toc/tags.yaml}. */
  public static Path excerpt() {
    return path("examples/cncf-toc/tags.yaml");
  }

  /** The text of {@link #path(String)}. */
  public static String text(String relative) {
    try {
      return Files.readString(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the file at {@code relative} to {@code target}, making its directories; returns it. */
  public static Path copy(String relative, Path target) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      return Files.copy(path(relative), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
