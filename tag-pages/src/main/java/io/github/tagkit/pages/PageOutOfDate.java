package io.github.tagkit.pages;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code page-out-of-date}: a page generated from the metadata no longer matches it, edited by hand
 * or not regenerated after the metadata changed. Only pages that exist and carry tagkit's banner
 * are compared, so the rule applies where pages are generated. Register it with {@code
 * TagValidator.builder().rule(new PageOutOfDate(...))}; {@code tag:validate} does.
 */
public final class PageOutOfDate implements Rule {
  private final Optional<Path> templates;

  /** Compares with pages rendered by the built-in templates. */
  public PageOutOfDate() {
    this(Optional.empty());
  }

  /** Compares with pages rendered by the templates in {@code templates}, where it has them. */
  public PageOutOfDate(Optional<Path> templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  @Override
  public String id() {
    return "page-out-of-date";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "A page generated from the metadata differs from what the metadata renders to now.";
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    if (context.file().isEmpty() || context.registry().isEmpty()) {
      return;
    }
    Path metadata = context.file().get().toAbsolutePath();
    Path root = metadata.getParent();
    TagRegistry registry = context.registry().get();
    if (!anyExists(root, registry)) {
      return;
    }
    String source = metadata.getFileName().toString();
    List<GeneratedPage> pages;
    try {
      PageGenerator generator = PageGenerator.builtIn().today(context.today());
      pages =
          (templates.isPresent() ? generator.withTemplates(templates.get()) : generator)
              .render(registry, source);
    } catch (IllegalArgumentException e) {
      return; // an unsafe dir, which the schema reports as invalid-format
    }
    try {
      for (PageFiles.Drift drift : PageFiles.drift(root, pages)) {
        findings.reportIn(
            root.resolve(drift.path()),
            drift.line(),
            drift.path()
                + " is out of date with "
                + source
                + "; run 'mvn tag:generate' to regenerate it (hand edits belong in "
                + source
                + " or between the CUSTOM CONTENT markers):\n"
                + drift.diff());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether any of the pages exists; rendering is skipped where none was generated. */
  private static boolean anyExists(Path root, TagRegistry registry) {
    try {
      for (String page : PageGenerator.paths(registry)) {
        if (Files.isRegularFile(root.resolve(page))) {
          return true;
        }
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    return false;
  }
}
