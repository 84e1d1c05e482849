package io.github.tagkit.model;

import java.util.Optional;

/**
 * A Slack channel: its ID ({@code C08KBH3RA1K}), its {@code #name}, the workspace it lives in and
 * where to get an invite.
 *
 * @param id the channel's ID, e.g. {@code C08KBH3RA1K}
 * @param name the channel's name, e.g. {@code #tag-infrastructure}
 * @param workspaceUrl the workspace's URL
 * @param inviteUrl an invitation to the workspace
 * @param purpose what the channel is for
 */
public record SlackChannel(
    Optional<String> id,
    Optional<String> name,
    Optional<String> workspaceUrl,
    Optional<String> inviteUrl,
    Optional<String> purpose)
    implements Channel {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param id the channel's ID, e.g. {@code C08KBH3RA1K}
   * @param name the channel's name, e.g. {@code #tag-infrastructure}
   * @param workspaceUrl the workspace's URL
   * @param inviteUrl an invitation to the workspace
   * @param purpose what the channel is for
   */
  public SlackChannel {
    id = RecordChecks.text(id);
    name = RecordChecks.text(name);
    workspaceUrl = RecordChecks.text(workspaceUrl);
    inviteUrl = RecordChecks.text(inviteUrl);
    purpose = RecordChecks.text(purpose);
  }

  /**
   * {@return the channel's page in the workspace, e.g. {@code
   * https://cloud-native.slack.com/archives/C08KBH3RA1K}; the CNCF workspace when none is named}
   */
  public Optional<String> archiveUrl() {
    String workspace = workspaceUrl.orElse(Contact.CNCF_SLACK).replaceAll("/+$", "");
    return id.map(channelId -> workspace + "/archives/" + channelId);
  }
}
