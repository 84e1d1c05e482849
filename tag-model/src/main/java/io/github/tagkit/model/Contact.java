package io.github.tagkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code contact:} block, with the keys the registry uses ({@code slack} holds the channel ID,
 * {@code slack_channel} its {@code #name}, {@code mailing_list} the list's URL, {@code toc_liaison}
 * the TOC members who liaise with the group) and the optional keys a landing page needs: workspace
 * and invite links, the list's address and archives, the GitHub repository, and each channel's
 * purpose. {@link #channels()} gives the same facts as typed channels.
 *
 * @param slack {@code slack}: the Slack channel's ID (or, in older files, its name or URL)
 * @param slackChannel {@code slack_channel}: the channel's name
 * @param slackWorkspace {@code slack_workspace}: the workspace's URL
 * @param slackInvite {@code slack_invite}: an invitation to the workspace
 * @param slackPurpose {@code slack_purpose}: what the channel is for
 * @param mailingList {@code mailing_list}: the mailing list's page
 * @param mailingListAddress {@code mailing_list_address}: its e-mail address
 * @param mailingListArchives {@code mailing_list_archives}: its archives
 * @param mailingListPurpose {@code mailing_list_purpose}: what the list is for
 * @param githubRepository {@code github_repository}: the group's repository
 * @param githubPurpose {@code github_purpose}: what the repository is for
 * @param tocLiaisons {@code toc_liaison}: the group's TOC liaisons
 */
public record Contact(
    Optional<String> slack,
    Optional<String> slackChannel,
    Optional<String> slackWorkspace,
    Optional<String> slackInvite,
    Optional<String> slackPurpose,
    Optional<String> mailingList,
    Optional<String> mailingListAddress,
    Optional<String> mailingListArchives,
    Optional<String> mailingListPurpose,
    Optional<String> githubRepository,
    Optional<String> githubPurpose,
    List<Person> tocLiaisons) {

  /** The CNCF Slack workspace, where every TAG channel lives unless another is named. */
  static final String CNCF_SLACK = "https://cloud-native.slack.com";

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param slack {@code slack}: the Slack channel's ID (or, in older files, its name or URL)
   * @param slackChannel {@code slack_channel}: the channel's name
   * @param slackWorkspace {@code slack_workspace}: the workspace's URL
   * @param slackInvite {@code slack_invite}: an invitation to the workspace
   * @param slackPurpose {@code slack_purpose}: what the channel is for
   * @param mailingList {@code mailing_list}: the mailing list's page
   * @param mailingListAddress {@code mailing_list_address}: its e-mail address
   * @param mailingListArchives {@code mailing_list_archives}: its archives
   * @param mailingListPurpose {@code mailing_list_purpose}: what the list is for
   * @param githubRepository {@code github_repository}: the group's repository
   * @param githubPurpose {@code github_purpose}: what the repository is for
   * @param tocLiaisons {@code toc_liaison}: the group's TOC liaisons
   */
  public Contact {
    slack = RecordChecks.text(slack);
    slackChannel = RecordChecks.text(slackChannel);
    slackWorkspace = RecordChecks.text(slackWorkspace);
    slackInvite = RecordChecks.text(slackInvite);
    slackPurpose = RecordChecks.text(slackPurpose);
    mailingList = RecordChecks.text(mailingList);
    mailingListAddress = RecordChecks.text(mailingListAddress);
    mailingListArchives = RecordChecks.text(mailingListArchives);
    mailingListPurpose = RecordChecks.text(mailingListPurpose);
    githubRepository = RecordChecks.text(githubRepository);
    githubPurpose = RecordChecks.text(githubPurpose);
    tocLiaisons = RecordChecks.list(tocLiaisons, "toc_liaison");
  }

  /** {@return no channel and no liaison} */
  public static Contact none() {
    Optional<String> no = Optional.empty();
    return new Contact(no, no, no, no, no, no, no, no, no, no, no, List.of());
  }

  /** {@return the Slack channel, when any {@code slack*} key is given} */
  public Optional<SlackChannel> slackDetails() {
    SlackChannel channel =
        new SlackChannel(slack, slackChannel, slackWorkspace, slackInvite, slackPurpose);
    return channel.id().isPresent()
            || channel.name().isPresent()
            || channel.workspaceUrl().isPresent()
            || channel.inviteUrl().isPresent()
        ? Optional.of(channel)
        : Optional.empty();
  }

  /** {@return the mailing list, when any {@code mailing_list*} key is given} */
  public Optional<MailingList> mailingListDetails() {
    MailingList list =
        new MailingList(mailingList, mailingListAddress, mailingListArchives, mailingListPurpose);
    return list.url().isPresent() || list.address().isPresent() || list.archivesUrl().isPresent()
        ? Optional.of(list)
        : Optional.empty();
  }

  /** {@return the GitHub repository, when {@code github_repository} is given} */
  public Optional<GitHubRepository> repository() {
    return githubRepository.map(url -> new GitHubRepository(url, githubPurpose));
  }

  /** {@return every channel given, in the order Slack, mailing list, GitHub} */
  public List<Channel> channels() {
    List<Channel> channels = new ArrayList<>(3);
    slackDetails().ifPresent(channels::add);
    mailingListDetails().ifPresent(channels::add);
    repository().ifPresent(channels::add);
    return List.copyOf(channels);
  }
}
