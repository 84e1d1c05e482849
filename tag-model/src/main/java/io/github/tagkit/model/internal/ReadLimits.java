package io.github.tagkit.model.internal;

import io.github.tagkit.model.TagReader;

/** How deep a metadata file's values may nest and how long one may be, when it is read. */
public record ReadLimits(int maxNestingDepth, int maxStringLength) {
  /** The limits every goal reads within unless configured otherwise; see docs/limits.md. */
  public static final ReadLimits DEFAULT =
      new ReadLimits(TagReader.MAX_NESTING_DEPTH, TagReader.MAX_STRING_LENGTH);

  public ReadLimits {
    if (maxNestingDepth < 1 || maxStringLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
