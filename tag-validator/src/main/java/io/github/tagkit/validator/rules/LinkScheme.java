package io.github.tagkit.validator.rules;

import io.github.tagkit.model.LinkSchemes;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A link whose scheme a page must not link to ({@code javascript:}, {@code data:}, {@code file:};
 * {@link LinkSchemes}), in the fields that take a URL or a path: {@code charter_link}, {@code
 * landscape_preview_image} and each {@code page.resources[].url}. The fields that take only an
 * https URL are the schema's to check ({@code invalid-format}), so that one value gets one finding.
 * Pages show such a value as text, never as a link.
 */
final class LinkScheme extends BaseRule {
  private static final Set<String> KEYS = Set.of("charter_link", "landscape_preview_image");
  private static final Pattern RESOURCE_URL = Pattern.compile(".*/page/resources/\\d+/url");

  LinkScheme() {
    super(
        "link-scheme",
        Severity.ERROR,
        "A link of the metadata has a scheme a page must not link to, such as javascript: or"
            + " data:.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    TextValues.each(
        context.root(),
        (parent, key, link) -> {
          if ((KEYS.contains(key) || key.equals("url")) && !LinkSchemes.safe(link)) {
            String pointer = Pointers.child(parent, key);
            if (KEYS.contains(key) || RESOURCE_URL.matcher(pointer).matches()) {
              findings.report(
                  pointer,
                  "'"
                      + key
                      + "' is a "
                      + LinkSchemes.scheme(link).orElseThrow()
                      + ": link, which pages show as text and never link to; use an https URL or"
                      + " a path in the repository");
            }
          }
        });
  }
}
