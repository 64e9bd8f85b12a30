package org.paperboy.channel;

import java.time.Duration;
import java.time.Instant;
import org.paperboy.db.Database;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;
import org.paperboy.lab.Member;
import org.paperboy.mail.MailException;
import org.paperboy.mail.MailMessage;
import org.paperboy.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook that is gone (404, 410, a revoked token) disables its channel once it has refused for
 * {@link #GRACE} (a platform's hiccup is forgiven), and the lab's owners are mailed, once.
 */
final class Refusals {
  private static final Logger log = LoggerFactory.getLogger(Refusals.class);
  static final Duration GRACE = Duration.ofDays(3);

  private final Database db;
  private final ChannelStore store;
  private final Labs labs;
  private final Mailer mailer;
  private final java.util.function.Supplier<String> siteUrl;

  Refusals(
      Database db,
      ChannelStore store,
      Labs labs,
      Mailer mailer,
      java.util.function.Supplier<String> siteUrl) {
    this.db = db;
    this.store = store;
    this.labs = labs;
    this.mailer = mailer;
    this.siteUrl = siteUrl;
  }

  void gone(Channel c, String why, Instant now) {
    boolean disabled =
        db.inTransaction(
            x -> {
              Instant since = ChannelStore.refused(x, c.id(), now);
              if (Duration.between(since, now).compareTo(GRACE) < 0) {
                return false;
              }
              ChannelStore.disable(x, c.id(), "refused since " + since + ": " + why);
              return true;
            });
    if (disabled && store.tellOwnersOnce(c.id())) {
      tellOwners(c, why);
    }
  }

  private void tellOwners(Channel c, String why) {
    Lab lab = labs.all().stream().filter(l -> l.id().equals(c.labId())).findFirst().orElse(null);
    if (lab == null) {
      return;
    }
    String text =
        "The "
            + c.kind().key()
            + " channel of the lab “"
            + lab.name()
            + "” ("
            + c.maskedUrl()
            + ") has refused every post for "
            + GRACE.toDays()
            + " days, so Paperboy stopped posting to it.\n\nThe last answer: "
            + why
            + "\n\nIf the webhook was deleted or its token revoked, make a new one and add it on "
            + siteUrl.get()
            + "/labs/"
            + lab.slug()
            + " (and remove this one).\n";
    for (Member m : labs.members(lab)) {
      if (m.owner()) {
        try {
          mailer.send(
              MailMessage.plain(m.email(), "A channel of " + lab.name() + " was disabled", text));
        } catch (MailException e) {
          log.warn("Telling {} that a channel was disabled failed: {}", m.email(), e.getMessage());
        }
      }
    }
  }
}
