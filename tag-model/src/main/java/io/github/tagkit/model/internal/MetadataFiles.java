package io.github.tagkit.model.internal;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one way the model reads a metadata file from disk, for every goal alike (reading, the editor,
 * the export, pages): a directory or a file over {@link TagReader#MAX_FILE_SIZE} is refused before
 * a byte of it is read, as {@code tag:validate}'s {@code resource-limit} check refuses it.
 */
public final class MetadataFiles {
  private MetadataFiles() {}

  /**
   * {@return the bytes of {@code file}, at most {@link TagReader#MAX_FILE_SIZE} of them}
   *
   * @throws TagFileException for a directory or a file over the limit
   * @throws IOException when the file cannot be read
   */
  public static byte[] read(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new TagFileException(file.toString(), 0, 0, "", "is a directory, not a metadata file");
    }
    if (attributes.size() > TagReader.MAX_FILE_SIZE) {
      throw tooLarge(file, attributes.size());
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) TagReader.MAX_FILE_SIZE + 1);
      if (bytes.length > TagReader.MAX_FILE_SIZE) {
        throw tooLarge(file, Files.size(file)); // it grew while it was read
      }
      return bytes;
    }
  }

  /**
   * {@return the text of {@code file}, UTF-8, at most {@link TagReader#MAX_FILE_SIZE} bytes of it}
   *
   * @throws TagFileException for a directory, a file over the limit, or bytes that are not UTF-8
   * @throws IOException when the file cannot be read
   */
  public static String readText(Path file) throws IOException {
    byte[] bytes = read(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new TagFileException(file.toString(), 0, 0, "", "is not UTF-8 text");
    }
  }

  private static TagFileException tooLarge(Path file, long size) {
    return new TagFileException(
        file.toString(),
        0,
        0,
        "",
        "[resource-limit] the file is "
            + size
            + " bytes; metadata files are limited to "
            + TagReader.MAX_FILE_SIZE
            + " bytes (maxFileSize)");
  }
}
