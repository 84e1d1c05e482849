package io.github.tagkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The GitHub repository where a group keeps its governance, notes and deliverables.
 *
 * @param url the repository's URL
 * @param purpose what the repository is for
 */
public record GitHubRepository(String url, Optional<String> purpose) implements Channel {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param url the repository's URL
   * @param purpose what the repository is for
   */
  public GitHubRepository {
    Objects.requireNonNull(url, "url");
    purpose = RecordChecks.text(purpose);
  }
}
