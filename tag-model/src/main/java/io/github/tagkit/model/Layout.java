package io.github.tagkit.model;

/** The two root shapes a metadata file has. */
public enum Layout {
  /**
   * The cncf/toc registry {@code tags.yaml}: {@code tags:} and {@code toc_subprojects:} lists at
   * the root.
   */
  REGISTRY,
  /** A per-TAG repository's {@code tag.yaml}: one TAG's keys at the root. */
  SINGLE_TAG
}
