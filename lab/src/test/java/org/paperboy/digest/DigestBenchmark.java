package org.paperboy.digest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.paperboy.Paperboy;
import org.paperboy.bench.SearchBenchCommand;
import org.paperboy.config.Config;
import org.paperboy.db.Sql;
import org.paperboy.mail.MailMessage;
import org.paperboy.paper.Paper;
import org.paperboy.subscription.Subscriber;

/**
 * The digest benchmark (BENCHMARKS.md), run by hand from the test class path: 100,000 confirmed
 * subscribers with 3 topics each over the 1,000 newest papers of a data folder; composing and
 * rendering every digest, then sending SEND of them through the outbox to GreenMail.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.digest.DigestBenchmark DIR [SEND]}
 */
public final class DigestBenchmark {
  static final int SUBSCRIBERS = 100_000;
  static final int TOPIC_POOL = 10_000;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int send = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    // a third argument names the port of a GreenMail running in its own process
    boolean own = args.length < 3;
    // (our own binds port 0 and the port is read back once it holds it)
    int given = own ? 0 : Integer.parseInt(args[2]);
    GreenMail greenMail = new GreenMail(new ServerSetup(given, "127.0.0.1", "smtp"));
    if (own) {
      greenMail.start();
    }
    int port = own ? greenMail.getSmtp().getPort() : given;
    Config config =
        new Config(data, null, new Config.Embeddings(null, null, null, 2))
            .withMail(
                new Config.Mail(
                    "smtp://127.0.0.1:" + port,
                    "Paperboy <papers@bench.test>",
                    Integer.getInteger("connections", 2)));
    try (Paperboy app = Paperboy.open(config)) {
      System.out.printf(
          "machine: %d cores, max heap %d MiB, %s%n",
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          Instant.now());
      // the day's new papers: the 1,000 highest ids are marked first seen just now
      Instant until = Instant.now();
      Instant from = until.minus(java.time.Duration.ofMinutes(2));
      app.database()
          .inTransaction(
              c ->
                  Sql.update(
                      c,
                      "UPDATE papers SET added_at = ? WHERE id IN"
                          + " (SELECT id FROM papers ORDER BY id DESC LIMIT 1000)",
                      until.minusSeconds(60).toString()));
      List<Paper> fresh = app.papers().addedBetween(from, until, Composer.MAX_NEW_PAPERS).papers();
      System.out.printf(
          "papers: %,d; new in the window: %,d%n", app.papers().count(), fresh.size());
      subscribers(app);
      List<Subscriber> all = app.subscriptions().active();
      System.out.printf(
          "subscribers: %,d active, %,d topics%n",
          all.size(), all.stream().mapToInt(s -> s.topics().size()).sum());

      LocalDate date = LocalDate.now(ZoneOffset.UTC);
      resetPeak();
      long t0 = System.nanoTime();
      long items = 0;
      long bytes = 0;
      DigestMail mail =
          new DigestMail(app.subscriptions(), config.mail().from(), FeedbackLinks.NONE);
      try (Composer composer = new Composer(app.papers(), app.search(), app.trending(), 0.75)) {
        composer.prepare(from, until, all);
        long t1 = System.nanoTime();
        System.out.printf(
            "window ready and %,d distinct topics embedded: %.1f s%n", TOPIC_POOL, (t1 - t0) / 1e9);
        for (Subscriber s : all) {
          Digest d = composer.compose(s, date, from, until);
          MailMessage m = mail.render(d, "https://papers.bench.test", "<x@bench>");
          items += d.items().size();
          bytes += m.html().length() + m.text().length();
        }
        long t2 = System.nanoTime();
        System.out.printf(
            "composed and rendered %,d digests in %.1f s (%.1f s in all with the window): %.2f ms a digest, %.1f papers and %,d bytes of mail each; peak heap %,d MiB%n",
            all.size(),
            (t2 - t1) / 1e9,
            (t2 - t0) / 1e9,
            (t2 - t1) / 1e6 / all.size(),
            (double) items / all.size(),
            bytes / all.size(),
            peak() >> 20);
      }

      // sending: only the first SEND subscribers stay active, the outbox gets their rows
      app.database()
          .inTransaction(
              c ->
                  Sql.update(
                      c,
                      "UPDATE subscribers SET status = 'paused' WHERE id > ?",
                      String.format("bench-%06d", send - 1)));
      Outbox outbox = new Outbox(app.database(), app.subscriptions());
      List<Outbox.New> rows = new ArrayList<>();
      for (Subscriber s : app.subscriptions().active()) {
        rows.add(new Outbox.New(s.id(), date, from, until));
      }
      outbox.create(rows, Instant.now());
      long t3 = System.nanoTime();
      Digests.Report report = app.digests().sendQueued();
      double secs = (System.nanoTime() - t3) / 1e9;
      System.out.printf(
          "sent %,d digests through the outbox to GreenMail (%s) on %d connections in %.1f s: %.0f messages/s%n",
          report.sent(),
          own ? "in this process" : "in its own process",
          config.mail().connections(),
          secs,
          report.sent() / secs);
      app.database().inTransaction(c -> Sql.update(c, "UPDATE subscribers SET status = 'active'"));
      app.database().inTransaction(c -> Sql.update(c, "DELETE FROM digests"));
    } finally {
      if (own) {
        greenMail.stop();
      }
    }
  }

  private static void subscribers(Paperboy app) throws Exception {
    long have = app.database().read(c -> Sql.count(c, "SELECT COUNT(*) FROM subscribers"));
    if (have >= SUBSCRIBERS) {
      return;
    }
    List<String> pool = SearchBenchCommand.queries(TOPIC_POOL);
    SplittableRandom r = new SplittableRandom(11);
    long t = System.nanoTime();
    app.database()
        .inTransaction(
            c -> {
              for (int i = 0; i < SUBSCRIBERS; i++) {
                String id = String.format("bench-%06d", i);
                Sql.update(
                    c,
                    "INSERT INTO subscribers (id, email, status, created_at, frequency, weekday,"
                        + " send_hour, time_zone, paper_count, include_trending, when_empty, failures)"
                        + " VALUES (?, ?, 'active', ?, 'daily', 1, 7, 'UTC', 10, 1, 'notice', 0)",
                    id,
                    "reader" + i + "@bench.test",
                    Instant.now().toString());
                for (int k = 0; k < 3; k++) {
                  String q = pool.get(r.nextInt(pool.size()));
                  Sql.update(
                      c,
                      "INSERT INTO topics (id, subscriber_id, name, query, position) VALUES (?, ?, ?, ?, ?)",
                      id + "-" + k,
                      id,
                      q,
                      q,
                      k);
                }
              }
              return null;
            });
    System.out.printf(
        "inserted %,d subscribers in %.0f s%n", SUBSCRIBERS, (System.nanoTime() - t) / 1e9);
  }

  private static void resetPeak() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peak() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
