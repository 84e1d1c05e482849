package io.github.tagkit.validator.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one change that fixes a finding, as an edit of the checked file: rename the key at {@code
 * pointer} to {@code value}, set the value at {@code pointer} to {@code value}, or trim the end of
 * the line {@code value}. {@code tag:fix} makes it with {@code
 * io.github.tagkit.model.TagFileEditor}, which touches only that key or value; SARIF reports carry
 * it as a replacement, worked out from the file's text only when a report asks for it. A finding
 * gets a fix only when there is exactly one.
 */
public final class Fix {
  private final Kind kind;
  private final String pointer;
  private final String value;
  private final String description;
  private final Supplier<Optional<Replacement>> replacement;

  /**
   * A fix, with its replacement when it is known.
   *
   * @param kind what the fix changes
   * @param pointer the JSON pointer of the key or value it changes
   * @param value the new key, the new value, or the line to trim
   * @param description what the fix does, in a sentence
   * @param replacement the change as a replacement of the file's text, once it is known
   */
  public Fix(
      Kind kind,
      String pointer,
      String value,
      String description,
      Optional<Replacement> replacement) {
    this(kind, pointer, value, description, known(replacement));
  }

  private Fix(
      Kind kind,
      String pointer,
      String value,
      String description,
      Supplier<Optional<Replacement>> replacement) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.value = Objects.requireNonNull(value, "value");
    this.description = Objects.requireNonNull(description, "description");
    this.replacement = replacement;
  }

  private static Supplier<Optional<Replacement>> known(Optional<Replacement> replacement) {
    Objects.requireNonNull(replacement, "replacement");
    return () -> replacement;
  }

  /** What the fix changes. */
  public enum Kind {
    /** The key at the pointer gets the name {@code value}. */
    RENAME_KEY,
    /** The value at the pointer becomes the text {@code value}. */
    SET_VALUE,
    /** The line numbered {@code value} (from 1) loses its trailing spaces and tabs. */
    TRIM_TRAILING_WHITESPACE,
    /**
     * The text of the finding's file, which is not the checked metadata (a hand-kept copy in
     * another file, such as cncf/people's {@code config.yaml}), changes as its {@link
     * #replacement()} says; reports show it, {@code tag:fix} does not make it.
     */
    EDIT_TEXT
  }

  /**
   * The text the fix puts in place of the file's text from {@code startLine}:{@code startColumn} up
   * to {@code endLine}:{@code endColumn} (lines and columns from 1, the end excluded), as SARIF
   * states a replacement.
   */
  public record Replacement(
      int startLine, int startColumn, int endLine, int endColumn, String insertedText) {}

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
      case EDIT_TEXT ->
          throw new io.github.tagkit.model.EditRefusedException(
              "a change of another file than the metadata: " + description);
    };
  }

  /**
   * {@return this fix with its replacement in the file's text}
   *
   * @param replacement the change as a replacement of the file's text
   */
  public Fix withReplacement(Replacement replacement) {
    Optional<Replacement> known = Optional.of(replacement);
    return new Fix(kind, pointer, value, description, () -> known);
  }

  /**
   * {@return this fix with its replacement worked out by {@code replacement} when first asked for,
   * and at most once: what reports that show replacements (SARIF) ask for, so that a validation
   * whose report shows none never works one out}
   *
   * @param replacement works out the replacement; empty when the fix cannot be made
   */
  public Fix withReplacement(Supplier<Optional<Replacement>> replacement) {
    return new Fix(kind, pointer, value, description, new Once(replacement));
  }

  /** {@return what the fix changes} */
  public Kind kind() {
    return kind;
  }

  /** {@return the JSON pointer of the key or value it changes} */
  public String pointer() {
    return pointer;
  }

  /** {@return the new key, the new value, or the line to trim} */
  public String value() {
    return value;
  }

  /** {@return what the fix does, in a sentence} */
  public String description() {
    return description;
  }

  /**
   * {@return the change as a replacement of the file's text, once it is known; empty before, and
   * when the fix cannot be made in the file}
   */
  public Optional<Replacement> replacement() {
    return replacement.get();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fix that
        && kind == that.kind
        && pointer.equals(that.pointer)
        && value.equals(that.value)
        && description.equals(that.description)
        && replacement().equals(that.replacement());
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, pointer, value, description);
  }

  @Override
  public String toString() {
    return "Fix[kind="
        + kind
        + ", pointer="
        + pointer
        + ", value="
        + value
        + ", description="
        + description
        + "]";
  }

  /** A replacement worked out once, when first asked for. */
  private static final class Once implements Supplier<Optional<Replacement>> {
    private Supplier<Optional<Replacement>> work;
    private Optional<Replacement> done;

    Once(Supplier<Optional<Replacement>> work) {
      this.work = Objects.requireNonNull(work, "replacement");
    }

    @Override
    public synchronized Optional<Replacement> get() {
      if (done == null) {
        done = Objects.requireNonNull(work.get(), "replacement");
        work = null;
      }
      return done;
    }
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
        Kind.RENAME_KEY, pointer, key, "rename the key to '" + key + "'", Optional.empty());
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
        Optional.empty());
  }

  /**
   * Changes the text of the file a finding is in, which is not the checked metadata, as {@code
   * replacement} says: a line to add to or take out of a hand-kept copy.
   *
   * @param replacement the change of that file's text
   * @param description what the change does, in a sentence
   * @return the fix
   */
  public static Fix editText(Replacement replacement, String description) {
    return new Fix(
        Kind.EDIT_TEXT, "", replacement.insertedText(), description, Optional.of(replacement));
  }

  /**
   * Sets the value at {@code pointer} to {@code value}.
   *
   * @param pointer the JSON pointer of the value
   * @param value the value it becomes, as text
   * @return the fix
   */
  public static Fix setValue(String pointer, String value) {
    return new Fix(Kind.SET_VALUE, pointer, value, "set it to '" + value + "'", Optional.empty());
  }
}
