package io.github.tagkit.maven;

import io.github.tagkit.pages.PageOutOfDate;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** The validator {@code tag:validate} runs: every built-in rule, and {@code page-out-of-date}. */
final class TagValidators {
  private TagValidators() {}

  /**
   * A validator for the repository in {@code base}, naming files relative to {@code shownFrom},
   * with the exemptions file given or else the repository's {@code .tagkit.yaml}.
   */
  static TagValidator.Builder forRepository(
      Path base,
      Path shownFrom,
      int expiryWarningDays,
      Optional<LocalDate> today,
      Optional<Path> exemptions) {
    TagValidator.Builder builder =
        TagValidator.builder()
            .expiryWarningDays(expiryWarningDays)
            .baseDirectory(shownFrom)
            .rule(new PageOutOfDate());
    today.ifPresent(builder::today);
    return exemptions.isPresent()
        ? builder.exemptions(exemptions.get())
        : builder.exemptionsIn(base);
  }
}
