package io.github.tagkit.model;

import io.github.tagkit.model.testing.ProjectFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the tests read: the real cncf/toc excerpt, the seed page and the examples. */
final class Fixtures {
  private Fixtures() {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  static Path excerpt() {
    return ProjectFiles.excerpt();
  }

  /** A file of the project's examples. */
  static Path example(String name) {
    return ProjectFiles.path("examples/" + name);
  }

  static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TagRegistry read(Path file) {
    try {
      return TagRegistry.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
