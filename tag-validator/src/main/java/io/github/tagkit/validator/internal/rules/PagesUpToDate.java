package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.pages.GeneratedPage;
import io.github.tagkit.pages.PageFiles;
import io.github.tagkit.pages.PageGenerator;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.Context;
import io.github.tagkit.validator.internal.Findings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated page that no longer matches its metadata: edited by hand, or not regenerated after
 * the metadata changed. Pages that do not exist are not checked, so the rule applies where pages
 * are generated.
 */
final class PagesUpToDate extends BaseRule {
  PagesUpToDate() {
    super(
        "page-out-of-date",
        Severity.ERROR,
        "A page generated from the metadata differs from what the metadata renders to now.");
  }

  /** Whether any of the group's pages exists; rendering is skipped where none was generated. */
  private static boolean anyExists(Path root, Context context) {
    try {
      for (String page : PageGenerator.paths(context.registry().get())) {
        if (Files.isRegularFile(root.resolve(page))) {
          return true;
        }
      }
    } catch (IllegalArgumentException e) {
      return false;
    }
    return false;
  }

  @Override
  public void check(Context context, Findings findings) {
    if (context.path().isEmpty() || context.registry().isEmpty()) {
      return;
    }
    Path metadata = context.path().get().toAbsolutePath();
    Path root = metadata.getParent();
    if (!anyExists(root, context)) {
      return;
    }
    PageGenerator generator = PageGenerator.builtIn().today(context.today());
    if (context.pageTemplates().isPresent()) {
      generator = generator.withTemplates(context.pageTemplates().get());
    }
    String source = metadata.getFileName().toString();
    List<GeneratedPage> pages;
    try {
      pages = generator.render(context.registry().get(), source);
    } catch (IllegalArgumentException e) {
      return; // An unsafe dir: reported by the schema as invalid-format.
    }
    try {
      for (PageFiles.Drift drift : PageFiles.drift(root, pages)) {
        findings.reportIn(
            this,
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
}
