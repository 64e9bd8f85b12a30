package org.paperboy.account;

/** What became of a request for a sign-in link. None of them tells whether the address is known. */
public sealed interface SignInOutcome {
  /** A link was handed to the mail server (or written to the outbox). */
  record Sent(String email) implements SignInOutcome {}

  /** The address asked for links too often lately: none was sent this time. */
  record Held(String email) implements SignInOutcome {}

  /** The text is not an email address. */
  record InvalidAddress(String message) implements SignInOutcome {}

  /** The mail could not be handed over; nothing was stored that would block a retry. */
  record MailFailed(String message) implements SignInOutcome {}
}
