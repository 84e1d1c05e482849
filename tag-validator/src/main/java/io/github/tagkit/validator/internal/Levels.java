package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules' levels in one run (what the configuration file and the build set, over each rule's
 * default), and a level as configuration writes it: {@code off}, or a severity's name.
 */
public final class Levels {
  /** Every level, in the order messages list them. */
  public static final List<String> NAMES = List.of("off", "info", "warning", "error");

  private final Map<String, Optional<Severity>> set;

  Levels(Map<String, Optional<Severity>> set) {
    this.set = Map.copyOf(set);
  }

  /** {@return the severity {@code check} reports at in this run; empty when it is off} */
  Optional<Severity> of(RuleInfo check) {
    return set.getOrDefault(check.id(), Optional.of(check.severity()));
  }

  /**
   * {@return the level {@code name} gives: empty inside for {@code off}, a severity otherwise;
   * empty outside when {@code name} is no level}
   */
  public static Optional<Optional<Severity>> parse(String name) {
    String level = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (level) {
      case "off" -> Optional.of(Optional.empty());
      case "info", "warning", "error" ->
          Optional.of(Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
      default -> Optional.empty();
    };
  }
}
