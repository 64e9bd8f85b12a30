package org.paperboy.account;

import java.time.Duration;
import org.paperboy.mail.MailMessage;

/** The sign-in mail: plain text, the link on a line of its own. */
final class SignInMail {
  private SignInMail() {}

  static MailMessage compose(String to, String link, Duration lifetime) {
    String text =
        """
        Hello,

        Someone (hopefully you) asked to sign in to Paperboy with this address.
        Open this link to sign in; it works once, for the next %d minutes:

        %s

        If you did not ask, ignore this mail: nothing happens without the link.
        """
            .formatted(lifetime.toMinutes(), link);
    return MailMessage.plain(to, "Your Paperboy sign-in link", text);
  }
}
