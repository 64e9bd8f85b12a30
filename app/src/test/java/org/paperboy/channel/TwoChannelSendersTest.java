package org.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.lab.Lab;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestApp;

/**
 * Two senders on one PostgreSQL database post the same day at the same time, as two servers (or a
 * server and a cron job) would: the claims (FOR UPDATE SKIP LOCKED) give each post to one of them,
 * and every channel gets exactly one.
 */
class TwoChannelSendersTest {
  @TempDir Path one;
  @TempDir Path two;

  @Test
  void aServerAndACronJobOnOneDatabasePostEachChannelOnce() throws Exception {
    String db = Databases.freshPostgres();
    List<String> paths = new ArrayList<>();
    try (Receiver receiver = new Receiver()) {
      receiver.slow(300); // each answer takes a while, so that the two senders overlap
      MutableClock clock =
          new MutableClock(
              Instant.now()
                  .minus(
                      Duration.ofMinutes(
                          1))) /* the CLI in a JVM of its own runs on the system clock */;
      try (Paperboy setup =
          Paperboy.open(new Config(one, db, new Config.Embeddings(null, null, null, 2)), clock)) {
        TestApp.load(setup, "relevance-corpus.jsonl", false);
        setup.channels().allowPrivateAddresses(true);
        for (int l = 0; l < 6; l++) {
          Lab lab = setup.labs().createFor("Lab " + l, "", "owner" + l + "@lab.test");
          for (int c = 0; c < 10; c++) {
            String path = "/hooks/l" + l + "c" + c;
            paths.add(path);
            setup.channels().add(lab, Kind.MATTERMOST, receiver.url(path), ChannelContract.daily());
          }
        }
      }
      LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(1);
      ProcessBuilder cron =
          TestApp.cli(
              new File(two.toFile(), "cron.log"),
              "channel",
              "send",
              "--date",
              day.toString(),
              "--data",
              two.toString(),
              "--db",
              db);
      cron.environment().put("PAPERBOY_WEBHOOK_ALLOW_PRIVATE", "true");
      Process other = cron.start();
      try (Paperboy server =
          Paperboy.open(new Config(one, db, new Config.Embeddings(null, null, null, 2)))) {
        server.channels().allowPrivateAddresses(true);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (receiver.requests().isEmpty() && System.nanoTime() < until) {
          Thread.sleep(20); // the other sender has begun
        }
        Channels.Report mine = server.channels().send(day);
        assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(mine.sent()).as("this sender took some").isPositive().isLessThan(60);
        assertThat(server.channels().status(day)).containsEntry("sent", 60L);
      } finally {
        other.destroyForcibly();
      }
      for (String p : paths) {
        assertThat(receiver.posted(p)).as(p).hasSize(1);
      }
      assertThat(receiver.requests()).hasSize(60);
    }
  }
}
