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

/**
 * {@code page-out-of-date}: a page generated from the metadata no longer matches it, edited by hand
 * or not regenerated after the metadata changed. Only pages that exist and carry a generator's
 * banner (tagkit's or cncf/toc's) are compared, so the rule applies where pages are generated.
 * Register it with {@code TagValidator.builder().rule(new PageOutOfDate(...))}; {@code
 * tag:validate} does.
 */
public final class PageOutOfDate implements Rule {
  private final PageGenerator generator;
  private final String generateCommand;

  /**
   * Compares with pages the built-in templates render; the fix it names is {@code mvn
   * tag:generate}.
   */
  public PageOutOfDate() {
    this(PageGenerator.builtIn(), "mvn tag:generate");
  }

  /**
   * Compares with the pages {@code generator} renders (its templates and style); a finding tells to
   * run {@code generateCommand}, with {@code -Dtag.style=...} added when the generator's style is
   * not the default for the file.
   *
   * @param generator renders the pages as they should be
   * @param generateCommand the command that regenerates them, for the message
   */
  public PageOutOfDate(PageGenerator generator, String generateCommand) {
    this.generator = Objects.requireNonNull(generator, "generator");
    this.generateCommand = Objects.requireNonNull(generateCommand, "generateCommand");
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
      pages = generator.today(context.today()).render(registry, source, root);
    } catch (IllegalArgumentException e) {
      return; // an unsafe dir, which the schema reports as invalid-format
    }
    PageStyle style = generator.styleFor(registry);
    String command =
        generateCommand
            + (style == PageStyle.defaultFor(registry.layout()) ? "" : " -Dtag.style=" + style);
    try {
      for (PageFiles.Drift drift : PageFiles.drift(root, pages)) {
        findings.reportIn(
            root.resolve(drift.path()),
            drift.line(),
            drift.path()
                + " is out of date with "
                + source
                + "; run '"
                + command
                + "' to regenerate it (hand edits belong in "
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
