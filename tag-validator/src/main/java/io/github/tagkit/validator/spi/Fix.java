package io.github.tagkit.validator.spi;

import java.util.Objects;

/**
 * The one change that fixes a finding, as an edit of the checked file: rename the key at {@code
 * pointer} to {@code value}, set the value at {@code pointer} to {@code value}, or trim the end of
 * the line {@code value}. {@code tag:fix} makes it with {@code
 * io.github.tagkit.model.TagFileEditor}, which touches only that key or value; SARIF reports carry
 * it as a replacement. A finding gets a fix only when there is exactly one.
 *
 * @param kind what the fix changes
 * @param pointer the JSON pointer of the key or value it changes
 * @param value the new key, the new value, or the line to trim
 * @param description what the fix does, in a sentence
 * @param replacement the change as a replacement of the file's text, once it is known
 */
public record Fix(
    Kind kind,
    String pointer,
    String value,
    String description,
    java.util.Optional<Replacement> replacement) {

  /** What the fix changes. */
  public enum Kind {
    /** The key at the pointer gets the name {@code value}. */
    RENAME_KEY,
    /** The value at the pointer becomes the text {@code value}. */
    SET_VALUE,
    /** The line numbered {@code value} (from 1) loses its trailing spaces and tabs. */
    TRIM_TRAILING_WHITESPACE
  }

  /**
   * The text the fix puts in place of the file's text from {@code startLine}:{@code startColumn} up
   * to {@code endLine}:{@code endColumn} (lines and columns from 1, the end excluded), as SARIF
   * states a replacement.
   */
  public record Replacement(
      int startLine, int startColumn, int endLine, int endColumn, String insertedText) {}

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param kind what the fix changes
   * @param pointer the JSON pointer of the key or value it changes
   * @param value the new key, the new value, or the line to trim
   * @param description what the fix does, in a sentence
   * @param replacement the change as a replacement of the file's text, once it is known
   */
  public Fix {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(replacement, "replacement");
  }

  /**
   * {@return {@code editor} with this fix made}
   *
   * @param editor the editor of the checked file
   * @throws io.github.tagkit.model.EditRefusedException when the editor refuses it
   */
  public io.github.tagkit.model.TagFileEditor applyTo(io.github.tagkit.model.TagFileEditor editor) {
    return switch (kind) {
      case RENAME_KEY -> editor.rename(pointer, value);
      case SET_VALUE -> editor.set(pointer, value);
      case TRIM_TRAILING_WHITESPACE -> editor.trimTrailingWhitespace(Integer.parseInt(value));
    };
  }

  /**
   * {@return the fix, with the replacement in the file's text that makes it}
   *
   * @param replacement the replacement
   */
  public Fix withReplacement(Replacement replacement) {
    return new Fix(kind, pointer, value, description, java.util.Optional.of(replacement));
  }

  /**
   * Renames the key at {@code pointer} to {@code key}.
   *
   * @param pointer the JSON pointer of the key
   * @param key the key it becomes
   * @return the fix
   */
  public static Fix renameKey(String pointer, String key) {
    return new Fix(
        Kind.RENAME_KEY,
        pointer,
        key,
        "rename the key to '" + key + "'",
        java.util.Optional.empty());
  }

  /**
   * Trims the trailing spaces and tabs of {@code line} (from 1).
   *
   * @param line the line, from 1
   * @return the fix
   */
  public static Fix trimTrailingWhitespace(int line) {
    return new Fix(
        Kind.TRIM_TRAILING_WHITESPACE,
        "",
        String.valueOf(line),
        "remove the spaces at the end of line " + line,
        java.util.Optional.empty());
  }

  /**
   * Sets the value at {@code pointer} to {@code value}.
   *
   * @param pointer the JSON pointer of the value
   * @param value the value it becomes, as text
   * @return the fix
   */
  public static Fix setValue(String pointer, String value) {
    return new Fix(
        Kind.SET_VALUE, pointer, value, "set it to '" + value + "'", java.util.Optional.empty());
  }
}
