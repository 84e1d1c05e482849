package io.github.tagkit.model;

import java.util.Objects;

/**
 * A metadata file that cannot be read into the model, with where: {@code tags.yaml:14:3: unknown
 * key 'mailing_lst' in /tags/0/contact; did you mean 'mailing_list'?}
 */
public final class TagFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String problem;

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

  /** The file, as the caller named it. */
  public String source() {
    return source;
  }

  /** The line, from 1; 0 when the problem has no place in the file (an unreadable file). */
  public int line() {
    return line;
  }

  /** The column, from 1; 0 when the line is 0. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the value at fault, e.g. {@code /tags/0/contact}; empty for the root. */
  public String pointer() {
    return pointer;
  }

  /** The problem alone, without the location. */
  public String problem() {
    return problem;
  }
}
