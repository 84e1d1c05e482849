package io.github.tagkit.model;

import io.github.tagkit.model.internal.JacksonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads metadata files into a {@link TagRegistry}. Strict by default: an unknown key is an error
 * with a "did you mean" hint, so a misspelled key is never silently dropped. {@link #lenient()}
 * skips unknown keys instead, for tools that report them by other means. Immutable and thread-safe.
 */
public final class TagReader {
  /**
   * The size in bytes above which a metadata file is not read, by any goal: 4 MiB, a hundred times
   * the largest real registry. The validator's {@code maxFileSize} defaults to it.
   */
  public static final long MAX_FILE_SIZE = 4L * 1024 * 1024;

  /**
   * How deep values may nest in a metadata file that is read, by any goal: 64 levels, four times
   * the deepest real metadata. The validator's {@code maxNestingDepth} defaults to it.
   */
  public static final int MAX_NESTING_DEPTH = 64;

  /**
   * How long one value of a metadata file that is read may be, by any goal: 100,000 characters, ten
   * times the longest real charter. The validator's {@code maxStringLength} defaults to it.
   */
  public static final int MAX_STRING_LENGTH = 100_000;

  private static final TagReader STRICT = new TagReader(JacksonCodec.STRICT);
  private static final TagReader LENIENT = new TagReader(JacksonCodec.LENIENT);

  private final JacksonCodec codec;

  private TagReader(JacksonCodec codec) {
    this.codec = codec;
  }

  /** {@return a reader that rejects unknown keys} */
  public static TagReader strict() {
    return STRICT;
  }

  /** {@return a reader that skips unknown keys; everything else is checked as strictly} */
  public TagReader lenient() {
    return LENIENT;
  }

  /**
   * Reads {@code file}, YAML or JSON (which YAML includes).
   *
   * @param file the metadata file
   * @return the metadata
   * @throws TagFileException when the content is not valid TAG metadata, naming line and column
   * @throws IOException when the file cannot be read
   */
  public TagRegistry read(Path file) throws IOException {
    return read(MetadataDocument.read(file));
  }

  /**
   * Binds a document that was read already: its first problem, if it has one, is thrown; else its
   * tree is bound without being parsed again, every problem located in its text.
   *
   * @param document the parsed file
   * @return the metadata
   * @throws TagFileException when the document is not valid TAG metadata, naming line and column
   */
  public TagRegistry read(MetadataDocument document) {
    return codec.read(document.located(), document.source());
  }

  /**
   * Binds a document's tree as it was read, whatever problems its text had (a duplicate key's first
   * value, an alias as its name): for tools that report those problems themselves, as the validator
   * does. Binding problems are thrown, located in the document's text.
   *
   * @param document the parsed file
   * @return the metadata
   * @throws TagFileException when the tree is not valid TAG metadata
   * @throws IllegalStateException when the text could not be parsed into a tree at all
   */
  public TagRegistry readTree(MetadataDocument document) {
    if (!document.readable()) {
      throw new IllegalStateException(document.source() + " could not be parsed");
    }
    return codec.bind(document.located(), document.source());
  }

  /**
   * Binds a tree of the type {@link MetadataDocument#unwrap(Class)} gives, for tools that change a
   * document's tree before binding it (the validator binds each entry of a registry that does not
   * bind as a whole on its own): nothing is parsed or converted, and problems carry their JSON
   * pointer but no line.
   *
   * @param tree the tree, as {@code unwrap} gives it (changed or not)
   * @param source the name of its file in messages
   * @return the metadata
   * @throws TagFileException when the tree is not valid TAG metadata
   * @throws IllegalArgumentException when the tree is not of that type
   */
  public TagRegistry readTree(Object tree, String source) {
    return codec.bindTree(tree, source);
  }

  /**
   * Reads YAML (or JSON, which YAML includes) from {@code in}, named {@code source}.
   *
   * @param in the text, UTF-8
   * @param source the name of the text in messages
   * @return the metadata
   * @throws IOException when the stream cannot be read
   */
  public TagRegistry read(InputStream in, String source) throws IOException {
    return codec.read(in.readAllBytes(), source);
  }

  /**
   * Reads YAML (or JSON, which YAML includes) text, named {@code source} in messages.
   *
   * @param content the text
   * @param source the name of the text in messages
   * @return the metadata
   */
  public TagRegistry read(String content, String source) {
    return codec.read(content.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Binds a tree that was parsed already, as any YAML or JSON parser gives it: {@code Map} for a
   * mapping (its keys text), {@code List} for a list, and {@code String}, {@code Integer}, {@code
   * Long}, {@code BigInteger}, {@code BigDecimal}, {@code Double}, {@code Boolean} or {@code null}
   * for a value. A root with {@code tags} or {@code toc_subprojects} is a registry, any other a
   * single TAG. Nothing is parsed, so problems carry their JSON pointer but no line (the caller
   * parsed the text and knows where each pointer is).
   *
   * @param tree the parsed tree
   * @param source the name of its file in messages
   * @return the metadata
   * @throws TagFileException when the tree is not valid TAG metadata
   * @throws IllegalArgumentException when the tree holds a value of another type
   */
  public TagRegistry read(Map<String, ?> tree, String source) {
    return codec.read(tree, source);
  }

  /**
   * {@return what stops {@code content} from being read as YAML at all, located as this reader
   * reports it: bytes that are not UTF-8, or malformed YAML (an unclosed quote, a tab where
   * indentation belongs)} Empty when the text is well-formed YAML, whatever it holds. No model is
   * bound: for tools that parse the text their own way and want the reader's messages.
   *
   * @param content the file's bytes
   * @param source the name of the file in messages
   */
  public Optional<TagFileException> syntaxProblem(byte[] content, String source) {
    return MetadataDocument.parse(content, source).problems().stream()
        .filter(p -> p.kind() == MetadataDocument.ProblemKind.SYNTAX)
        .findFirst()
        .map(
            p ->
                new TagFileException(
                    source, p.position().line(), p.position().column(), "", p.message()));
  }

  /**
   * Reads text, named {@code source} in messages. JSON is read as the YAML it also is, so both
   * formats give the same model and the same located problems.
   *
   * @param content the text
   * @param source the name of the text in messages
   * @param format the format of the text
   * @return the metadata
   */
  public TagRegistry read(String content, String source, Format format) {
    return read(content, source);
  }
}
