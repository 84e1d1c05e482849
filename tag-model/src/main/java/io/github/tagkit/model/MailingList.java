package io.github.tagkit.model;

import java.util.Optional;

/** A mailing list: its page, its address, where its archives are. */
public record MailingList(
    Optional<String> url,
    Optional<String> address,
    Optional<String> archivesUrl,
    Optional<String> purpose)
    implements Channel {

  public MailingList {
    url = Values.text(url);
    address = Values.text(address);
    archivesUrl = Values.text(archivesUrl);
    purpose = Values.text(purpose);
  }
}
