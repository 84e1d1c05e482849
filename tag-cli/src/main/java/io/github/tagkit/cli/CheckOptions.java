package io.github.tagkit.cli;

import io.github.tagkit.pages.PageOutOfDate;
import io.github.tagkit.pages.PeopleTagLeads;
import io.github.tagkit.pages.RepositoryChecks;
import io.github.tagkit.pages.SitePageDrift;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** What the commands that validate take: the validator's configuration. */
final class CheckOptions {
  @Option(
      names = "--exemptions",
      paramLabel = "FILE",
      description = "The file of rule levels and exemptions; .tagkit.yaml when present.")
  Path exemptions;

  @Option(
      names = "--expiry-warning-days",
      paramLabel = "DAYS",
      defaultValue = "30",
      description = "How many days before a term ends to warn; ${DEFAULT-VALUE} by default.")
  int expiryWarningDays;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "The CNCF website's TAG pages (its docs/community/tags), to report drift.")
  Path site;

  @Option(
      names = "--people",
      paramLabel = "FILE",
      description = "cncf/people's config.yaml, to check its tag-leads team.")
  Path people;

  @Option(
      names = "--rule",
      paramLabel = "ID=LEVEL",
      description =
          "A rule's level over its default: off, info, warning or error (repeatable, as <rules> in"
              + " the plugin's configuration).")
  Map<String, String> rules = new LinkedHashMap<>();

  /** The validator of the metadata in {@code base}, as the goals build it. */
  TagValidator.Builder validator(Path base, Common common, PageOptions pages) {
    TagValidator.Builder builder =
        new RepositoryChecks(
                base,
                base,
                expiryWarningDays,
                common.day(),
                Optional.ofNullable(exemptions).map(base::resolve),
                new PageOutOfDate(pages.generator(base), pages.generateCommand(common)),
                Optional.ofNullable(site)
                    .map(
                        s ->
                            new SitePageDrift(
                                base.resolve(s),
                                pages.generateCommand(common),
                                "tagkit sync --site " + s)),
                Optional.ofNullable(people).map(p -> new PeopleTagLeads(base.resolve(p))),
                "tagkit fix")
            .validator();
    builder.discoverRules(CheckOptions.class.getClassLoader());
    rules.forEach(builder::level);
    return builder;
  }
}
