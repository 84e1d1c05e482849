package io.github.tagkit.model.internal;

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
 * Writes a file whole or not at all, for the editor's metadata files and the generated pages: the
 * text goes to a temporary file beside it, which then replaces it in one move. The temporary file
 * is made as any new file is, so with the umask's permissions (not the 0600 of {@code
 * createTempFile}), and takes an existing file's permissions before the move.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Replaces (or creates) {@code file} with {@code content}, UTF-8. */
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
