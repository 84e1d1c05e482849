package io.github.tagkit.model;

import java.util.Objects;

/**
 * A metadata file that cannot be read into the model, with where: {@code tags.yaml:14:3: unknown
 * key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?}
 */
public final class TagFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The file, as the caller named it. */
  private final String source;

  /** The line of the problem, from 1; 0 when it is about the file as a whole. */
  private final int line;

  /** The column of the problem, from 1; 0 when it is about the file as a whole. */
  private final int column;

  /** The JSON pointer of the value the problem is in. */
  private final String pointer;

  /** The problem, without its location. */
  private final String problem;

  /**
   * A problem of {@code source} at {@code line}:{@code column}.
   *
   * @param source the file, as the caller named it
   * @param line the line, from 1; 0 when the problem is about the file as a whole
   * @param column the column, from 1; 0 when the problem is about the file as a whole
   * @param pointer the JSON pointer of the value the problem is in
   * @param problem the problem, in a sentence without its location
   */
  public TagFileException(String source, int line, int column, String pointer, String problem) {
    super(format(source, line, column, problem));
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String problem) {
    return line > 0 ? source + ":" + line + ":" + column + ": " + problem : source + ": " + problem;
  }

  /** {@return the file, as the caller named it} */
  public String source() {
    return source;
  }

  /**
   * {@return the line, from 1; 0 when the problem has no place in the file (an unreadable file)}
   */
  public int line() {
    return line;
  }

  /** {@return the column, from 1; 0 when the line is 0} */
  public int column() {
    return column;
  }

  /**
   * {@return the JSON pointer of the value at fault, e.g. {@code /tags/0/contact}; empty for the
   * root}
   */
  public String pointer() {
    return pointer;
  }

  /** {@return the problem alone, without the location} */
  public String problem() {
    return problem;
  }
}
