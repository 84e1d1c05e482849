package io.github.tagkit.validator;

import java.util.Objects;

/**
 * A setting that cannot be used, such as an unknown report format or a file pattern that matches
 * nothing. {@link #setting()} names it as the builder and the Maven goals do ({@code formats},
 * {@code files}), so that a tool can tell its user which part of their configuration to fix; the
 * message says what is wrong with it and what would be right.
 */
public class ConfigurationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The setting, as the builder and the Maven goals name it. */
  private final String setting;

  /**
   * A setting that cannot be used.
   *
   * @param setting the setting, as the builder and the Maven goals name it ({@code formats})
   * @param message what is wrong with it and what would be right
   */
  public ConfigurationException(String setting, String message) {
    super(message);
    this.setting = Objects.requireNonNull(setting, "setting");
  }

  /**
   * {@return the setting at fault: {@code files}, {@code formats}, {@code failOn}, {@code today}..}
   */
  public String setting() {
    return setting;
  }
}
