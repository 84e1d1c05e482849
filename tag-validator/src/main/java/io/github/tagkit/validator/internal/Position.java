package io.github.tagkit.validator.internal;

import tools.jackson.core.TokenStreamLocation;

/** A line and column in a file, both from 1; {@link #NONE} is 0:0. */
record Position(int line, int column) {
  static final Position NONE = new Position(0, 0);

  static Position of(TokenStreamLocation location) {
    return location == null || location.getLineNr() < 1
        ? NONE
        : new Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
  }
}
