package org.paperboy.subscription;

import org.paperboy.mail.MailMessage;

/** The two mails of subscribing: the confirmation, and the reminder to one already subscribed. */
final class SubscriptionMails {
  private SubscriptionMails() {}

  static MailMessage confirm(String to, String link) {
    return MailMessage.plain(
        to,
        "Confirm your Paperboy digest",
        """
        Hello,

        Someone (hopefully you) asked for Paperboy's digest of trending and new papers at this
        address. Open this link to confirm; nothing is sent before you do:

        %s

        The link works for %d days. If you did not ask, ignore this mail and the request is
        forgotten.
        """
            .formatted(link, Subscriptions.CONFIRM_WITHIN.toDays()));
  }

  static MailMessage alreadySubscribed(String to, String settingsLink) {
    return MailMessage.plain(
        to,
        "Your Paperboy digest settings",
        """
        Hello,

        Someone asked to subscribe this address to Paperboy's digest, and it is subscribed
        already. To change when it comes, what it holds, or to leave, open:

        %s
        """
            .formatted(settingsLink));
  }
}
