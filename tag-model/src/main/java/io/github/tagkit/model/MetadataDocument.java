package io.github.tagkit.model;

import io.github.tagkit.model.internal.LocatedText;
import io.github.tagkit.model.internal.MetadataFiles;
import io.github.tagkit.model.internal.PlainValues;
import io.github.tagkit.model.internal.ReadLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A metadata file read once: its text, the tree parsed from it, where every key and value of that
 * tree stands, and every problem of the text itself (malformed YAML, a tab in the indentation,
 * duplicate keys, aliases, the reading limits of {@link TagReader}). Every goal reads a file
 * through one of these: the validator checks its tree, {@link TagReader#read(MetadataDocument)}
 * binds the model from it, and the export names each value's line from it, so no file is parsed
 * twice and every goal gets the same limits and the same located problems. Immutable and
 * thread-safe once made; the tree is made as the text is read, never again.
 */
public final class MetadataDocument {
  /** What kind of problem of the text a {@link Problem} is. */
  public enum ProblemKind {
    /** The file holds no YAML document, or an empty one. */
    EMPTY,
    /** The text is not YAML, or not UTF-8, or holds more than one document. */
    SYNTAX,
    /** A key appears twice in one mapping; the first one is read. */
    DUPLICATE_KEY,
    /** A YAML alias, which metadata does not use; it is read as its name. */
    ALIAS,
    /** The text goes beyond a reading limit: nesting depth or a value's length. */
    RESOURCE_LIMIT
  }

  /**
   * A line and column in the file, both from 1; {@link #NONE} (0:0) when there is no place.
   *
   * @param line the line, from 1
   * @param column the column, from 1
   */
  public record Position(int line, int column) {
    /** No place in the file: the whole file. */
    public static final Position NONE = new Position(0, 0);
  }

  /**
   * A problem of the text itself.
   *
   * @param kind what kind of problem
   * @param pointer the JSON pointer of the value it concerns, empty for the file
   * @param position where it is
   * @param message what is wrong and what to do, in a sentence
   */
  public record Problem(ProblemKind kind, String pointer, Position position, String message) {}

  private final String source;
  private final LocatedText located;

  private MetadataDocument(String source, LocatedText located) {
    this.source = source;
    this.located = located;
  }

  /**
   * Reads {@code file}, refusing a directory or a file over {@link TagReader#MAX_FILE_SIZE} before
   * a byte of it is read.
   *
   * @param file the metadata file
   * @return the document, named by the file's path
   * @throws TagFileException for a directory or a file over the size limit
   * @throws IOException when the file cannot be read
   */
  public static MetadataDocument read(Path file) throws IOException {
    return parse(MetadataFiles.read(file), file.toString());
  }

  /**
   * Parses {@code content} within the default limits; never throws for bad content: see {@link
   * #problems()}.
   *
   * @param content the file's bytes, UTF-8
   * @param source the name of the file in messages
   * @return the document
   */
  public static MetadataDocument parse(byte[] content, String source) {
    return new MetadataDocument(source, LocatedText.parse(content, ReadLimits.DEFAULT));
  }

  /**
   * Parses {@code content} within the given limits; never throws for bad content: see {@link
   * #problems()}.
   *
   * @param content the file's bytes, UTF-8
   * @param source the name of the file in messages
   * @param maxNestingDepth how deep values may nest
   * @param maxStringLength how long one value may be, in characters
   * @return the document
   * @throws IllegalArgumentException when a limit is not positive
   */
  public static MetadataDocument parse(
      byte[] content, String source, int maxNestingDepth, int maxStringLength) {
    return new MetadataDocument(
        source, LocatedText.parse(content, new ReadLimits(maxNestingDepth, maxStringLength)));
  }

  /** {@return the name of the file in messages} */
  public String source() {
    return source;
  }

  /** {@return the file's text, without a byte order mark} */
  public String text() {
    return located.text();
  }

  /** {@return whether the text could be parsed into a tree, even with problems} */
  public boolean readable() {
    return located.root().isPresent();
  }

  /** {@return the problems of the text itself, in the order they were found} */
  public List<Problem> problems() {
    return List.copyOf(located.problems());
  }

  /**
   * {@return where the value at {@code pointer} is named: the position of its key, or of the value
   * itself for list entries and the root; for a pointer the file lacks, that of its nearest
   * ancestor the file has}
   *
   * @param pointer a JSON pointer
   */
  public Position position(String pointer) {
    return located.position(pointer);
  }

  /**
   * {@return where the value at {@code pointer} itself starts (for a key, where its value starts)}
   *
   * @param pointer a JSON pointer
   */
  public Position valuePosition(String pointer) {
    return located.valuePosition(pointer);
  }

  /**
   * {@return the value at {@code pointer} as plain Java values, a read-only view made as it is
   * walked: mappings as {@code Map}s in the file's order, lists as {@code List}s, and values as
   * {@code String}, {@code Integer}, {@code Long}, {@code BigInteger}, {@code BigDecimal}, {@code
   * Boolean} or {@code null}; empty when the file has no value there or could not be parsed}
   *
   * @param pointer a JSON pointer; {@code ""} for the root
   */
  public Optional<Object> value(String pointer) {
    return located
        .root()
        .map(root -> root.at(pointer))
        .filter(node -> !node.isMissingNode())
        .map(PlainValues::of);
  }

  /**
   * The parsed tree as a type of the library that parsed it, for tools that read it with that
   * library themselves (tagkit's validator gives it to its JSON Schema validator): {@code
   * tools.jackson.databind.JsonNode}.
   *
   * @param <T> the type asked for
   * @param type the type asked for
   * @return the tree
   * @throws IllegalStateException when the text could not be parsed into a tree
   * @throws IllegalArgumentException when the tree is not of that type
   */
  public <T> T unwrap(Class<T> type) {
    Object root =
        located
            .root()
            .orElseThrow(() -> new IllegalStateException(source + " could not be parsed"));
    if (!type.isInstance(root)) {
      throw new IllegalArgumentException("the tree is a " + root.getClass().getName());
    }
    return type.cast(root);
  }

  LocatedText located() {
    return located;
  }
}
