package io.github.tagkit.validator.internal;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.validator.spi.Fix;
import java.util.Optional;

/** Fixes made exact: the replacement in a file's text that a fix is, found by making it. */
final class Fixes {
  private Fixes() {}

  /**
   * The replacement the editor makes of {@code fix} in the document's text, made from the document
   * as it was read; empty when the editor refuses it (the fix would not give the file it means).
   */
  static Optional<Fix.Replacement> replacement(Fix fix, MetadataDocument document) {
    String text = document.text();
    String edited;
    try {
      edited = fix.applyTo(TagFileEditor.of(document)).text();
    } catch (EditRefusedException e) {
      return Optional.empty();
    }
    int start = 0;
    int limit = Math.min(text.length(), edited.length());
    while (start < limit && text.charAt(start) == edited.charAt(start)) {
      start++;
    }
    int end = 0;
    while (end < limit - start
        && text.charAt(text.length() - 1 - end) == edited.charAt(edited.length() - 1 - end)) {
      end++;
    }
    int[] from = lineAndColumn(text, start);
    int[] to = lineAndColumn(text, text.length() - end);
    return Optional.of(
        new Fix.Replacement(
            from[0], from[1], to[0], to[1], edited.substring(start, edited.length() - end)));
  }

  /** The line and column (from 1) of {@code offset} in {@code text}. */
  private static int[] lineAndColumn(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }
}
