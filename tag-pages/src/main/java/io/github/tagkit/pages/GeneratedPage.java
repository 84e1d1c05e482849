package io.github.tagkit.pages;

import java.util.Objects;

/**
 * A page rendered from metadata: where it goes, relative to the repository root ({@code
 * tags/tag-infrastructure/README.md}), and its content.
 *
 * @param path where the page goes, relative to the repository root
 * @param content the page's text
 * @param sitePrinted whether the page is Markdown as the CNCF website's Prettier prints it (the
 *     contribute-site style's pages): text kept on it from a page it adopts is printed so too
 */
public record GeneratedPage(String path, String content, boolean sitePrinted) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param path where the page goes, relative to the repository root
   * @param content the page's text
   * @param sitePrinted whether the page is Markdown as the CNCF website's Prettier prints it
   */
  public GeneratedPage {
    Objects.requireNonNull(content, "content");
    path = PagePaths.checked(path);
  }

  /**
   * A page that is not printed as the website's Prettier prints Markdown.
   *
   * @param path where the page goes, relative to the repository root
   * @param content the page's text
   */
  public GeneratedPage(String path, String content) {
    this(path, content, false);
  }
}
