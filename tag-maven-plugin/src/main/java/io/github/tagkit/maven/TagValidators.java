package io.github.tagkit.maven;

import io.github.tagkit.pages.PageOutOfDate;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/** The validator {@code tag:validate} runs: every built-in rule, and {@code page-out-of-date}. */
final class TagValidators {
  private TagValidators() {}

  /**
   * A validator for the metadata in {@code base}, naming files relative to the root of the git
   * repository it is in (else to {@code top}, Maven's top directory), with the exemptions file
   * given or else {@code .tagkit.yaml} in {@code base}, and {@code pages} checking the pages.
   */
  static TagValidator.Builder forRepository(
      Path base,
      Path top,
      int expiryWarningDays,
      Optional<LocalDate> today,
      Optional<Path> exemptions,
      PageOutOfDate pages) {
    TagValidator.Builder builder =
        TagValidator.builder()
            .expiryWarningDays(expiryWarningDays)
            .baseDirectory(TagFiles.repositoryRoot(base).orElse(top))
            .rule(pages);
    today.ifPresent(builder::today);
    return exemptions.isPresent()
        ? builder.exemptions(exemptions.get())
        : builder.exemptionsIn(base);
  }
}
