package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.ScriptedSmtpServer;
import org.paperboy.testing.TestApp;

/** Every subscriber gets exactly one digest, whatever stops the sending midway. */
class DigestCrashTest {
  static final List<String> READERS =
      IntStream.rangeClosed(1, 6).mapToObj(i -> "reader" + i + "@lab.org").toList();

  @TempDir Path dir;

  static Config config(Path dir, String dbUrl, int smtpPort) {
    return new Config(dir, dbUrl, new Config.Embeddings(null, null, null, 2))
        .withMail(new Config.Mail("smtp://127.0.0.1:" + smtpPort, "Paperboy <papers@lab.org>"));
  }

  /** Confirmed subscribers, as the confirmation link would leave them. */
  /** Active daily subscribers, created at the instant given (the test clock's now). */
  static void subscribers(Database db, List<String> emails, Instant createdAt) {
    db.inTransaction(
        c -> {
          for (String e : emails) {
            Sql.update(
                c,
                "INSERT INTO subscribers (id, email, status, created_at, frequency, weekday,"
                    + " send_hour, time_zone, paper_count, include_trending, when_empty, failures)"
                    + " VALUES (?, ?, 'active', ?, 'daily', 1, 7, 'UTC', 10, 1, 'notice', 0)",
                "id-" + e,
                e,
                createdAt.toString());
          }
          return null;
        });
  }

  @Test
  void aServerThatRefusesMidwayGetsTheRestLaterAndNobodyTwice() throws Exception {
    MutableClock clock = new MutableClock();
    try (ScriptedSmtpServer smtp =
            new ScriptedSmtpServer(3, ScriptedSmtpServer.AfterLimit.REFUSE_TEMPORARILY);
        Paperboy app = Paperboy.open(config(dir, Databases.sqlite(dir), smtp.port()), clock)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
      subscribers(app.database(), READERS, clock.instant());
      clock.advance(Duration.ofMinutes(1));
      LocalDate tomorrow = clock.today().plusDays(1);

      Digests.Report first = app.digests().send(tomorrow);
      assertThat(first.sent()).isEqualTo(3);
      assertThat(first.retried()).isEqualTo(3);
      assertThat(app.digests().send(tomorrow).sent()).isZero(); // not due again yet: backing off

      smtp.acceptEverything();
      clock.advance(Duration.ofMinutes(2));
      assertThat(app.digests().send(tomorrow).sent()).isEqualTo(3);
      assertThat(smtp.accepted()).containsExactlyInAnyOrderElementsOf(READERS);
      assertThat(app.digests().status(tomorrow)).containsEntry("sent", 6L);
    }
  }

  @Test
  void aSenderKilledInTheMiddleOfAMessageIsFinishedByTheNextRun() throws Exception {
    String db = Databases.sqlite(dir);
    try (ScriptedSmtpServer smtp = new ScriptedSmtpServer(2, ScriptedSmtpServer.AfterLimit.HANG)) {
      // the sender below is the CLI in a JVM of its own, on the system clock: this test is about
      // wall time. Papers first seen a minute ago lie before the window of that sender ends
      MutableClock aMinuteAgo = new MutableClock(Instant.now().minus(Duration.ofMinutes(1)));
      try (Paperboy app = Paperboy.open(config(dir, db, smtp.port()), aMinuteAgo)) {
        TestApp.load(app, "relevance-corpus.jsonl", false);
        subscribers(app.database(), READERS, aMinuteAgo.instant());
      }
      String date = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
      ProcessBuilder child =
          TestApp.cli(
              new File(dir.toFile(), "send.log"),
              "digest",
              "send",
              "--date",
              date,
              "--data",
              dir.toString());
      child.environment().put("PAPERBOY_SMTP_URL", "smtp://127.0.0.1:" + smtp.port());
      Process sender = child.start();
      try {
        assertThat(smtp.awaitHanging(60_000)).as("the sender reached the third message").isTrue();
        // the two accepted messages are recorded as sent (the other connection may still be
        // committing its 250: a kill in that instant resends one message, as documented)
        awaitSent(db, 2);
      } finally {
        sender.destroyForcibly(); // SIGKILL in the middle of the SMTP transaction
        sender.waitFor(10, TimeUnit.SECONDS);
      }
      assertThat(smtp.accepted()).hasSize(2);

      smtp.acceptEverything();
      try (Paperboy app = Paperboy.open(config(dir, db, smtp.port()))) {
        Digests.Report rerun = app.digests().send(LocalDate.parse(date));
        assertThat(rerun.sent()).isEqualTo(4);
        assertThat(app.digests().status(LocalDate.parse(date))).containsEntry("sent", 6L);
      }
      assertThat(smtp.accepted()).containsExactlyInAnyOrderElementsOf(READERS);
    }
  }

  private static void awaitSent(String db, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    try (Database database = Database.open(db)) {
      while (System.nanoTime() < deadline) {
        long sent =
            database.read(
                c ->
                    Sql.one(
                            c,
                            "SELECT COUNT(*) FROM digests WHERE status = 'sent'",
                            rs -> rs.getLong(1))
                        .orElse(0L));
        if (sent >= count) {
          return;
        }
        Thread.sleep(20); // polling for an event, not waiting for time to pass
      }
    }
    throw new AssertionError("the sender never recorded " + count + " digests as sent");
  }

  @Test
  void anAddressRefusedForGoodThreeTimesIsPaused() throws Exception {
    MutableClock clock = new MutableClock();
    try (ScriptedSmtpServer smtp =
            new ScriptedSmtpServer(0, ScriptedSmtpServer.AfterLimit.REFUSE_PERMANENTLY);
        Paperboy app = Paperboy.open(config(dir, Databases.sqlite(dir), smtp.port()), clock)) {
      TestApp.load(app, "relevance-corpus.jsonl", false);
      subscribers(app.database(), List.of("gone@lab.org"), clock.instant());
      clock.advance(Duration.ofMinutes(1));
      LocalDate day = clock.today().plusDays(1);
      for (int i = 0; i < 3; i++) {
        assertThat(app.subscriptions().byEmail("gone@lab.org").orElseThrow().status())
            .isEqualTo(org.paperboy.subscription.Subscriber.Status.ACTIVE);
        Digests.Report r = app.digests().send(day.plusDays(i));
        assertThat(r.failed()).isEqualTo(1);
        assertThat(app.digests().status(day.plusDays(i))).containsEntry("failed", 1L);
        clock.advance(Duration.ofDays(1));
      }
      assertThat(app.subscriptions().byEmail("gone@lab.org").orElseThrow().status())
          .isEqualTo(org.paperboy.subscription.Subscriber.Status.PAUSED);
      assertThat(app.digests().send(day.plusDays(3)).queued()).isZero();
      assertThat(smtp.accepted()).isEmpty();
    }
  }
}
