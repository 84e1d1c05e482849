package io.github.tagkit.model;

/**
 * A change {@link TagFileEditor} refused: it would have changed more than it meant, left the file
 * unreadable, or named what the file does not have. The message says which file and why.
 */
public final class EditRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * A refusal saying {@code message}.
   *
   * @param message why the edit was refused
   */
  public EditRefusedException(String message) {
    super(message);
  }
}
