package io.github.tagkit.validator;

import java.util.Objects;

/**
 * Where a finding is: the file as the user named it, line and column from 1 (0 when the finding is
 * about the file as a whole), and the JSON pointer of the value ({@code ""} for the root).
 *
 * @param file the file as the user named it
 * @param line the line, from 1; 0 for the file as a whole
 * @param column the column, from 1; 0 for the file as a whole
 * @param pointer the JSON pointer of the value; {@code ""} for the root
 */
public record Location(String file, int line, int column, String pointer) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param file the file as the user named it
   * @param line the line, from 1; 0 for the file as a whole
   * @param column the column, from 1; 0 for the file as a whole
   * @param pointer the JSON pointer of the value; {@code ""} for the root
   */
  public Location {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column count from 1, or are 0 for none");
    }
  }

  /**
   * {@return the whole file, with no line}
   *
   * @param file the file as the user named it
   */
  public static Location of(String file) {
    return new Location(file, 0, 0, "");
  }

  /** {@code file:line:col}, or {@code file} alone when there is no line. */
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ":" + column : file;
  }
}
