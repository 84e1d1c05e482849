package io.github.tagkit.maven;

import io.github.tagkit.pages.PageOutOfDate;
import io.github.tagkit.pages.PeopleTagLeads;
import io.github.tagkit.pages.ReadmeLiaisons;
import io.github.tagkit.pages.SitePageDrift;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Path;
import java.time.LocalDate;
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
        forRepository(
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
                            mojo.command("sync") + " -Dtag.site=" + fromBase(mojo, site.toPath()))),
            Optional.ofNullable(mojo.people).map(f -> new PeopleTagLeads(f.toPath())),
            mojo.command("fix"));
    builder.discoverRules(TagValidators.class.getClassLoader());
    if (mojo.rules != null) {
      mojo.rules.forEach(builder::level);
    }
    return builder;
  }

  /**
   * A validator for the metadata in {@code base}, naming files relative to the root of the git
   * repository it is in (else to {@code top}, Maven's top directory), with the exemptions file
   * given or else {@code .tagkit.yaml} in {@code base}, {@code pages} checking the pages, {@code
   * site-page-drift} when the website's TAG pages are given, {@code readme-liaisons}, and {@code
   * people-tag-leads} when cncf/people's configuration is given.
   */
  static TagValidator.Builder forRepository(
      Path base,
      Path top,
      int expiryWarningDays,
      Optional<LocalDate> today,
      Optional<Path> exemptions,
      PageOutOfDate pages,
      Optional<SitePageDrift> site,
      Optional<PeopleTagLeads> people,
      String fixCommand) {
    TagValidator.Builder builder =
        TagValidator.builder()
            .expiryWarningDays(expiryWarningDays)
            .baseDirectory(TagFiles.repositoryRoot(base).orElse(top))
            .rule(pages);
    today.ifPresent(builder::today);
    site.ifPresent(builder::rule);
    // the other hand-kept copies of the leadership: the README's liaison list beside a registry,
    // and cncf/people's tag-leads team when it is given
    builder.rule(new ReadmeLiaisons(fixCommand));
    people.ifPresent(builder::rule);
    return exemptions.isPresent()
        ? builder.exemptions(exemptions.get())
        : builder.exemptionsIn(base);
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
