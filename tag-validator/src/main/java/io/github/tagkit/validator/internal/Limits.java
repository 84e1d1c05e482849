package io.github.tagkit.validator.internal;

import io.github.tagkit.model.TagReader;
import java.time.Duration;

/**
 * How much one file may ask of the validator. Each limit is configurable, and each breach is a
 * {@code resource-limit} finding at the place it happened, never an exception or a hang. See
 * docs/limits.md.
 */
public record Limits(
    long maxFileSize,
    int maxNestingDepth,
    int maxStringLength,
    int maxFindingsPerFile,
    Duration maxTimePerFile) {

  public static final Limits DEFAULT =
      new Limits(
          TagReader.MAX_FILE_SIZE,
          TagReader.MAX_NESTING_DEPTH,
          TagReader.MAX_STRING_LENGTH,
          1_000,
          Duration.ofSeconds(10));

  public Limits {
    if (maxFileSize < 1 || maxNestingDepth < 1 || maxStringLength < 1 || maxFindingsPerFile < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (maxTimePerFile.isNegative() || maxTimePerFile.isZero()) {
      throw new IllegalArgumentException("maxTimePerFile must be positive");
    }
  }
}
