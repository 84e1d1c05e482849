package io.github.tagkit.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file whole or not at all, as the editor writes metadata files and tag-pages writes
 * pages, for tools that write beside them: the text goes to a temporary file beside it, which then
 * replaces it in one move, so a reader sees the old file or the new one, never half of one. The
 * temporary file is made as any new file is, so with the umask's permissions (not the 0600 of
 * {@code createTempFile}), and takes an existing file's permissions before the move.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces (or creates) {@code file} with {@code content}, UTF-8.
   *
   * @param file the file to write
   * @param content its new text
   * @throws IOException when the file cannot be written; it is then left as it was
   */
  public static void write(Path file, String content) throws IOException {
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
}
