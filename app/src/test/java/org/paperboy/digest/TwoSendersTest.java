package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.testing.Databases;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.ScriptedSmtpServer;
import org.paperboy.testing.TestApp;

/** Two instances on one PostgreSQL send at the same time: each digest goes out once. */
class TwoSendersTest {
  @TempDir Path one;
  @TempDir Path two;

  @Test
  void twoSendersOnOnePostgresNeverSendTheSameDigest() throws Exception {
    String db = Databases.freshPostgres();
    MutableClock clock = new MutableClock();
    List<String> readers =
        IntStream.rangeClosed(1, 40).mapToObj(i -> "reader" + i + "@lab.org").toList();
    try (ScriptedSmtpServer smtp =
            new ScriptedSmtpServer(Integer.MAX_VALUE, ScriptedSmtpServer.AfterLimit.HANG);
        Paperboy a = Paperboy.open(DigestCrashTest.config(one, db, smtp.port()), clock);
        Paperboy b = Paperboy.open(DigestCrashTest.config(two, db, smtp.port()), clock)) {
      TestApp.load(a, "relevance-corpus.jsonl", false);
      DigestCrashTest.subscribers(a.database(), readers, clock.instant());
      clock.advance(Duration.ofMinutes(1)); // the papers now lie before the digest's window ends
      LocalDate date = clock.today().plusDays(1);
      CompletableFuture<Digests.Report> first =
          CompletableFuture.supplyAsync(() -> a.digests().send(date));
      CompletableFuture<Digests.Report> second =
          CompletableFuture.supplyAsync(() -> b.digests().send(date));
      int sent = first.get().sent() + second.get().sent();
      assertThat(sent).isEqualTo(40);
      assertThat(smtp.accepted()).containsExactlyInAnyOrderElementsOf(readers);
      assertThat(a.digests().status(date)).containsEntry("sent", 40L);
    }
  }
}
