package org.paperboy.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.mail.MailException;
import org.paperboy.mail.MailMessage;
import org.paperboy.mail.Mailer;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestCore;

/** "We sent a mail" only when one was sent. */
class HonestMailTest {
  @TempDir Path dir;

  @Test
  void aRetryAfterAFailedSendSendsInsteadOfClaimingItWasSent() {
    List<MailMessage> sent = new ArrayList<>();
    boolean[] down = {true};
    Mailer mailer =
        message -> {
          if (down[0]) {
            throw new MailException("connection refused", false, null);
          }
          sent.add(message);
        };
    MutableClock clock = new MutableClock();
    try (Database db = Database.open(Databases.sqlite(dir))) {
      Subscriptions subs = new Subscriptions(TestCore.of(dir, db, null, mailer, clock));
      assertThat(subs.subscribe("reader@lab.org", "http://x"))
          .isInstanceOf(SubscribeOutcome.MailFailed.class);
      down[0] = false;
      assertThat(subs.subscribe("reader@lab.org", "http://x"))
          .isInstanceOf(SubscribeOutcome.MailSent.class);
      assertThat(sent).hasSize(1);
      assertThat(subs.subscribe("reader@lab.org", "http://x"))
          .isInstanceOf(SubscribeOutcome.AlreadyMailed.class);
      assertThat(sent).hasSize(1);
    }
  }
}
