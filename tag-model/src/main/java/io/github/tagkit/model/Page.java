package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * What a group's landing page says beyond the registry's fields: the summary under its title, its
 * mission and scope as lists, its initiatives, how to contribute and propose work, and its
 * resources. List items and texts are inline Markdown.
 */
public record Page(
    Optional<String> summary,
    List<String> mission,
    List<String> scope,
    Optional<String> initiativesSummary,
    List<Initiative> initiatives,
    List<String> contributing,
    List<String> proposing,
    List<Resource> resources) {

  public Page {
    summary = Values.text(summary);
    mission = Values.list(mission, "mission");
    scope = Values.list(scope, "scope");
    initiativesSummary = Values.text(initiativesSummary);
    initiatives = Values.list(initiatives, "initiatives");
    contributing = Values.list(contributing, "contributing");
    proposing = Values.list(proposing, "proposing");
    resources = Values.list(resources, "resources");
  }
}
