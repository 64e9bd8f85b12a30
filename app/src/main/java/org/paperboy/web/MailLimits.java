package org.paperboy.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.paperboy.mail.EmailAddress;

/**
 * Limits on the mails visitors can make Paperboy send (sign-in links, subscription mails), over
 * both forms together: per mailbox, with plus tags folded ({@code name+1@host} is {@code
 * name@host}), and per client. Neither says anything about whether an address is subscribed.
 */
final class MailLimits {
  static final int PER_MAILBOX_PER_HOUR = 5;
  static final int PER_CLIENT_PER_HOUR = 20;

  /** What the pages say about the limits. */
  static final String NOTE =
      "At most "
          + PER_MAILBOX_PER_HOUR
          + " mails an hour go to one mailbox (name+anything@ counts as name@).";

  private final RateLimiter mailboxes;
  private final RateLimiter clients;

  MailLimits(Clock clock) {
    this.mailboxes = new RateLimiter(PER_MAILBOX_PER_HOUR, Duration.ofHours(1), clock);
    this.clients = new RateLimiter(PER_CLIENT_PER_HOUR, Duration.ofHours(1), clock);
  }

  /** Takes one mail from the client's and the mailbox's allowance, or throws 429 saying which. */
  void acquire(String client, String rawEmail) {
    clients.acquire("client:" + client);
    Optional<String> email = EmailAddress.normalise(rawEmail);
    if (email.isEmpty()) {
      return; // refused later with the reason
    }
    try {
      mailboxes.acquire(EmailAddress.mailbox(email.get()));
    } catch (HttpError e) {
      long minutes = Math.max(1, (e.retryAfterSeconds() + 59) / 60);
      throw new HttpError(
          429,
          "This mailbox has had the most mails Paperboy sends to one mailbox in an hour ("
              + PER_MAILBOX_PER_HOUR
              + ", with name+anything@ counted as name@). Try again in "
              + minutes
              + " minutes.",
          e.retryAfterSeconds());
    }
  }
}
