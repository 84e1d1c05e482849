package io.github.tagkit.pages;

import io.github.tagkit.model.Layout;
import io.github.tagkit.validator.ConfigurationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The layout of the pages: cncf/toc's own README format, tagkit's, or the CNCF website's. The
 * registry's pages default to {@link #CNCF_TOC}, so tagkit can replace cncf/toc's generator without
 * rewriting its pages; a per-TAG repository's landing page defaults to {@link #TAGKIT}.
 */
public enum PageStyle {
  /**
   * The format of cncf/toc's Go generator, byte for byte, with the defects {@code docs/pages.md}
   * lists fixed, and its banner ({@code <!-- THIS FILE IS AUTO-GENERATED FROM /tags.yaml -->}).
   */
  CNCF_TOC("cncf-toc"),
  /** tagkit's own layout: a landing page for a TAG repository, a custom block on every page. */
  TAGKIT("tagkit"),
  /**
   * The CNCF website's (cncf/contribute-site, Docusaurus 3) TAG pages: {@code <name>/index.md} and
   * {@code <name>/charter.md} for each TAG ({@code tag-infrastructure} at {@code infrastructure}),
   * and the TAGs index {@code index.md} for a registry; with front matter, in the sections of the
   * site's own pages, printed as the site's Prettier settings print them and escaped for MDX.
   */
  CONTRIBUTE_SITE("contribute-site");

  private final String id;

  PageStyle(String id) {
    this.id = id;
  }

  /** {@return the name users write: {@code cncf-toc}, {@code tagkit}} */
  public String id() {
    return id;
  }

  /**
   * {@return the style pages of a file of {@code layout} get when none is chosen}
   *
   * @param layout the layout of the metadata file
   */
  public static PageStyle defaultFor(Layout layout) {
    return layout == Layout.REGISTRY ? CNCF_TOC : TAGKIT;
  }

  /**
   * {@return the style named {@code id}}
   *
   * @param id the name, as a user writes it
   * @throws ConfigurationException ({@code style}) naming the styles there are
   */
  public static PageStyle parse(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (PageStyle style : values()) {
      if (style.id.equals(wanted)) {
        return style;
      }
    }
    throw new ConfigurationException(
        "style",
        "unknown page style '"
            + id
            + "'; choose one of "
            + Arrays.stream(values()).map(PageStyle::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id;
  }
}
