package io.github.tagkit.model;

import java.util.Optional;

/**
 * A link a group points people to, with what they find there.
 *
 * @param title the link's text
 * @param url the link's URL
 * @param description what the resource offers
 */
public record Resource(String title, String url, Optional<String> description) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param title the link's text
   * @param url the link's URL
   * @param description what the resource offers
   */
  public Resource {
    title = RecordChecks.required(title, "title");
    url = RecordChecks.required(url, "url");
    description = RecordChecks.text(description);
  }
}
