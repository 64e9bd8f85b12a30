package org.paperboy.account;

/** What became of a request for a sign-in link. None of them tells whether the address is known. */
public sealed interface SignInOutcome {
  /** A link is on its way, or would be if the address had not asked too often lately. */
  record Sent(String email) implements SignInOutcome {}

  /** The text is not an email address. */
  record InvalidAddress(String message) implements SignInOutcome {}

  /** The mail could not be handed over; nothing was stored that would block a retry. */
  record MailFailed(String message) implements SignInOutcome {}
}
