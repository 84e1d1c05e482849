package io.github.tagkit.pages;

import java.util.Objects;

/**
 * A page rendered from metadata: where it goes, relative to the repository root ({@code
 * tags/tag-infrastructure/README.md}), and its content.
 */
public record GeneratedPage(String path, String content) {

  public GeneratedPage {
    Objects.requireNonNull(content, "content");
    path = PagePaths.checked(path);
  }
}
