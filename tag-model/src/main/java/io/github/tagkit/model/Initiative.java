package io.github.tagkit.model;

import java.util.Optional;

/** A time-bound piece of work a group sponsors, such as a white paper or an assessment. */
public record Initiative(String name, Optional<String> url, Optional<String> description) {

  public Initiative {
    name = Values.required(name, "name");
    url = Values.text(url);
    description = Values.text(description);
  }
}
