package io.github.tagkit.pages;

import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The checks of a repository's metadata as tagkit's goals and its command line run them: the
 * validator's rules, {@code page-out-of-date} with the pages' generator, {@code readme-liaisons},
 * and, when given, {@code site-page-drift} and {@code people-tag-leads}; files named from the root
 * of the git repository ({@code base}'s, else {@code top}), the exemptions file given or else
 * {@code .tagkit.yaml} in {@code base}. The Maven goals and the {@code tagkit} commands both build
 * their validator here, so that both check alike.
 *
 * @param base the directory the metadata is in
 * @param top where files are named from outside a git repository
 * @param expiryWarningDays how many days ahead a term counts as ending soon
 * @param today the day to check as of; the system clock's date when empty
 * @param exemptions the exemptions file; {@code .tagkit.yaml} in {@code base} when empty
 * @param pages the page check, with the generator and the command its findings name
 * @param site the website's page check, when the website's TAG pages are given
 * @param people cncf/people's team check, when its configuration is given
 * @param fixCommand the command {@code readme-liaisons} names
 */
public record RepositoryChecks(
    Path base,
    Path top,
    int expiryWarningDays,
    Optional<LocalDate> today,
    Optional<Path> exemptions,
    PageOutOfDate pages,
    Optional<SitePageDrift> site,
    Optional<PeopleTagLeads> people,
    String fixCommand) {

  /**
   * Checks the components.
   *
   * @param base the directory the metadata is in
   * @param top where files are named from outside a git repository
   * @param expiryWarningDays how many days ahead a term counts as ending soon
   * @param today the day to check as of; the system clock's date when empty
   * @param exemptions the exemptions file; {@code .tagkit.yaml} in {@code base} when empty
   * @param pages the page check, with the generator and the command its findings name
   * @param site the website's page check, when the website's TAG pages are given
   * @param people cncf/people's team check, when its configuration is given
   * @param fixCommand the command {@code readme-liaisons} names
   */
  public RepositoryChecks {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(top, "top");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(exemptions, "exemptions");
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(people, "people");
    Objects.requireNonNull(fixCommand, "fixCommand");
  }

  /** {@return a validator builder configured with these checks} */
  public TagValidator.Builder validator() {
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
}
