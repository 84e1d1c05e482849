package io.github.tagkit.maven;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;

/**
 * Maven's top directory: where the build was started, or the directory {@code -f} names. Maven 4
 * (and 3.10) give it as {@code MavenSession.getTopDirectory()}, and deprecate the older {@code
 * getExecutionRootDirectory()}, which is read only where the new method does not exist. The plugin
 * is built against the oldest Maven API it runs on, so the new method is looked up, not linked.
 */
final class TopDirectory {
  private TopDirectory() {}

  static Optional<Path> of(MavenSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      Object top = session.getClass().getMethod("getTopDirectory").invoke(session);
      return Optional.ofNullable((Path) top);
    } catch (NoSuchMethodException e) {
      return Optional.ofNullable(executionRoot(session)).map(Path::of);
    } catch (IllegalAccessException | InvocationTargetException | ClassCastException e) {
      throw new IllegalStateException("Cannot read Maven's top directory: " + e, e);
    }
  }

  /** Maven before 3.10: the same directory under its older name. */
  @SuppressWarnings("deprecation") // deprecated only where getTopDirectory exists
  private static String executionRoot(MavenSession session) {
    return session.getExecutionRootDirectory();
  }
}
