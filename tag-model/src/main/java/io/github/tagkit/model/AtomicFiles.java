package io.github.tagkit.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a file whole or not at all, as the editor writes metadata files and tag-pages writes
 * pages, for tools that write beside them: the text goes to a temporary file beside it, which then
 * replaces it in one move, so a reader sees the old file or the new one, never half of one. The
 * temporary file is made as any new file is, so with the umask's permissions (not the 0600 of
 * {@code createTempFile}), and takes an existing file's permissions before the move.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** How old a temporary file of this class's must be before a later write removes it. */
  static final Duration STALE = Duration.ofMinutes(10);

  /**
   * Replaces (or creates) {@code file} with {@code content}, UTF-8. A temporary file of the same
   * file left by a run that was killed before it could remove it ({@code kill -9}, a lost machine)
   * and older than ten minutes is removed first.
   *
   * @param file the file to write
   * @param content its new text
   * @throws IOException when the file cannot be written; it is then left as it was
   */
  public static void write(Path file, String content) throws IOException {
    removeStale(file);
    Path temporary =
        file.resolveSibling("." + file.getFileName() + "-" + UUID.randomUUID() + ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
      if (view != null && Files.exists(file)) {
        Files.setPosixFilePermissions(temporary, view.readAttributes().permissions());
      }
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Removes the temporary files of {@code file} older than {@link #STALE}, and nothing else. */
  private static void removeStale(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      return;
    }
    Pattern mine =
        Pattern.compile(
            Pattern.quote("." + file.getFileName() + "-")
                + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    Instant before = Instant.now().minus(STALE);
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(directory, ".*.tmp")) {
      for (Path sibling : siblings) {
        if (mine.matcher(sibling.getFileName().toString()).matches()
            && Files.isRegularFile(sibling, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(sibling, LinkOption.NOFOLLOW_LINKS)
                .toInstant()
                .isBefore(before)) {
          Files.deleteIfExists(sibling);
        }
      }
    } catch (IOException e) {
      // a stale file that cannot be removed is harmless: nothing reads it
    }
  }
}
