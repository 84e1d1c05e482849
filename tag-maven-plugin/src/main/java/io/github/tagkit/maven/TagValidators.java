package io.github.tagkit.maven;

import io.github.tagkit.pages.PageOutOfDate;
import io.github.tagkit.pages.PeopleTagLeads;
import io.github.tagkit.pages.RepositoryChecks;
import io.github.tagkit.pages.SitePageDrift;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The validator {@code tag:validate} runs: every built-in rule, {@code page-out-of-date}, and the
 * rules of the jars in the plugin's {@code <dependencies>}, at the levels the POM sets.
 */
final class TagValidators {
  private TagValidators() {}

  /** The validator {@code mojo}'s configuration asks for, of the metadata in {@code base}. */
  static TagValidator.Builder of(AbstractCheckMojo mojo, Path base) {
    TagValidator.Builder builder =
        new RepositoryChecks(
                base,
                TopDirectory.of(mojo.session).orElse(base),
                mojo.expiryWarningDays,
                mojo.day(),
                Optional.ofNullable(mojo.exemptions).map(java.io.File::toPath),
                new PageOutOfDate(mojo.pageGenerator(), mojo.generateCommand()),
                Optional.ofNullable(mojo.site)
                    .map(
                        site ->
                            new SitePageDrift(
                                site.toPath(),
                                mojo.generateCommand(),
                                mojo.command("sync")
                                    + " -Dtag.site="
                                    + fromBase(mojo, site.toPath()))),
                Optional.ofNullable(mojo.people).map(f -> new PeopleTagLeads(f.toPath())),
                mojo.command("fix"))
            .validator();
    builder.discoverRules(TagValidators.class.getClassLoader());
    if (mojo.rules != null) {
      mojo.rules.forEach(builder::level);
    }
    return builder;
  }

  /** {@code path} as a command run in the build's directory names it: relative when inside it. */
  private static String fromBase(AbstractCheckMojo mojo, Path path) {
    Path base = mojo.baseDirectory.toPath().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
