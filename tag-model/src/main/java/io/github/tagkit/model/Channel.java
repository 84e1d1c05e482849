package io.github.tagkit.model;

import java.util.Optional;

/** A way to reach a group: its Slack channel, its mailing list or its GitHub repository. */
public sealed interface Channel permits SlackChannel, MailingList, GitHubRepository {

  /** {@return what the channel is for, e.g. "Official TAG communications and announcements"} */
  Optional<String> purpose();
}
