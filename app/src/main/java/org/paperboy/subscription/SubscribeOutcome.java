package org.paperboy.subscription;

/** What became of a subscribe request. The page says the same for new and known addresses. */
public sealed interface SubscribeOutcome {
  record MailSent(String email) implements SubscribeOutcome {}

  /** One mail went to the address within the last minutes: no other is sent so soon. */
  record AlreadyMailed(String email) implements SubscribeOutcome {}

  record InvalidAddress(String message) implements SubscribeOutcome {}

  record MailFailed(String message) implements SubscribeOutcome {}
}
