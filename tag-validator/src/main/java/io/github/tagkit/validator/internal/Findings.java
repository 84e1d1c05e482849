package io.github.tagkit.validator.internal;

import java.nio.file.Path;

/** Where rules report what they find. */
public interface Findings {

  /** A finding of {@code rule} about the value at {@code pointer} in the checked file. */
  void report(Rule rule, String pointer, String message);

  /** A finding of {@code rule} in another file of the repository, at {@code line} (from 1). */
  void reportIn(Rule rule, Path file, int line, String message);
}
