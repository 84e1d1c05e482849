package io.github.tagkit.pages;

import java.util.Objects;

/**
 * A page rendered from metadata: where it goes, relative to the repository root ({@code
 * tags/tag-infrastructure/README.md}), and its content.
 *
 * @param path where the page goes, relative to the repository root
 * @param content the page's text
 */
public record GeneratedPage(String path, String content) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param path where the page goes, relative to the repository root
   * @param content the page's text
   */
  public GeneratedPage {
    Objects.requireNonNull(content, "content");
    path = PagePaths.checked(path);
  }
}
