package io.github.tagkit.validator.spi;

import java.nio.file.Path;

/**
 * Where a rule reports what it finds. Each finding is the rule's own: the sink knows which rule it
 * serves, and the validator applies severity overrides and exemptions.
 */
public interface FindingSink {

  /**
   * A finding about the value at {@code pointer} (a JSON pointer, {@code ""} for the whole file) in
   * the checked file: it is located at that value's key, or at the nearest enclosing value the file
   * has.
   *
   * @param pointer the JSON pointer of the value
   * @param message what is wrong and what to do
   */
  void report(String pointer, String message);

  /**
   * As {@link #report(String, String)}, with the one change that fixes the finding, which {@code
   * tag:fix} makes.
   *
   * @param pointer the JSON pointer of the value
   * @param message what is wrong and what to do
   * @param fix the change that fixes it
   */
  void report(String pointer, String message, Fix fix);

  /**
   * A finding in another file of the repository, such as a charter or a generated page, at {@code
   * line} (from 1, or 0 for the file as a whole).
   *
   * @param file the other file
   * @param line the line, from 1; 0 for the file as a whole
   * @param message what is wrong and what to do
   */
  void reportIn(Path file, int line, String message);

  /**
   * Reports a finding in another file than the checked one, with the change of that file's text
   * that fixes it ({@link Fix#editText}); reports that show fixes (SARIF) carry it. A sink that
   * knows no such fixes reports the finding without it.
   *
   * @param file the file the finding is in
   * @param line the line, from 1; 0 for the whole file
   * @param message what is wrong and what to do
   * @param fix the change of that file's text
   */
  default void reportIn(Path file, int line, String message, Fix fix) {
    reportIn(file, line, message);
  }
}
