package io.github.tagkit.model;

import java.util.Optional;

/**
 * A mailing list: its page, its address, where its archives are.
 *
 * @param url the list's page
 * @param address the list's e-mail address
 * @param archivesUrl the list's archives
 * @param purpose what the list is for
 */
public record MailingList(
    Optional<String> url,
    Optional<String> address,
    Optional<String> archivesUrl,
    Optional<String> purpose)
    implements Channel {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param url the list's page
   * @param address the list's e-mail address
   * @param archivesUrl the list's archives
   * @param purpose what the list is for
   */
  public MailingList {
    url = RecordChecks.text(url);
    address = RecordChecks.text(address);
    archivesUrl = RecordChecks.text(archivesUrl);
    purpose = RecordChecks.text(purpose);
  }
}
