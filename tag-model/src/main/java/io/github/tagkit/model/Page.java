package io.github.tagkit.model;

import java.util.List;
import java.util.Optional;

/**
 * What a group's landing page says beyond the registry's fields: the summary under its title, its
 * mission and scope as lists, its initiatives, how to contribute and propose work, and its
 * resources. List items and texts are inline Markdown.
 *
 * @param summary {@code summary}: the paragraph under the page's title
 * @param mission {@code mission}: the mission, one goal per item
 * @param scope {@code scope}: the scope, one area per item
 * @param initiativesSummary {@code initiatives_summary}: the paragraph that introduces the
 *     initiatives
 * @param initiatives {@code initiatives}: the initiatives the group sponsors
 * @param contributing {@code contributing}: ways to contribute, one per item
 * @param proposing {@code proposing}: the steps to propose new work, in order
 * @param resources {@code resources}: links to the group's resources
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

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param summary {@code summary}: the paragraph under the page's title
   * @param mission {@code mission}: the mission, one goal per item
   * @param scope {@code scope}: the scope, one area per item
   * @param initiativesSummary {@code initiatives_summary}: the paragraph that introduces the
   *     initiatives
   * @param initiatives {@code initiatives}: the initiatives the group sponsors
   * @param contributing {@code contributing}: ways to contribute, one per item
   * @param proposing {@code proposing}: the steps to propose new work, in order
   * @param resources {@code resources}: links to the group's resources
   */
  public Page {
    summary = RecordChecks.text(summary);
    mission = RecordChecks.list(mission, "mission");
    scope = RecordChecks.list(scope, "scope");
    initiativesSummary = RecordChecks.text(initiativesSummary);
    initiatives = RecordChecks.list(initiatives, "initiatives");
    contributing = RecordChecks.list(contributing, "contributing");
    proposing = RecordChecks.list(proposing, "proposing");
    resources = RecordChecks.list(resources, "resources");
  }
}
