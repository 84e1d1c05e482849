package io.github.tagkit.model;

import java.util.Objects;
import java.util.Optional;

/** The GitHub repository where a group keeps its governance, notes and deliverables. */
public record GitHubRepository(String url, Optional<String> purpose) implements Channel {

  public GitHubRepository {
    Objects.requireNonNull(url, "url");
    purpose = Values.text(purpose);
  }
}
