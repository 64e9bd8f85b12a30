package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Sql;
import org.paperboy.jobs.Jobs;
import org.paperboy.testing.TestApp;

/**
 * The setup README promises: a CLI import (a JVM of its own) beside the server's write paths
 * (sign-in and subscribe mails, page views) and the digest sender, all on one database. Nothing may
 * fail for a lock: no 5xx, the import exits 0, every paper and every mail is accounted for.
 */
abstract class WritersSideBySideContract {
  static final int IMPORTED = 6000;
  static final int SUBSCRIBERS = 12;

  @TempDir Path dir;

  abstract String dbUrl();

  @Test
  void importServerWritesAndDigestsSideBySideLoseNothingAndFailNothing() throws Exception {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp"));
    greenMail.start();
    int smtp = greenMail.getSmtp().getPort();
    String url = dbUrl();
    Config config =
        new Config(dir, url, new Config.Embeddings(null, null, null, 2))
            .withWeb(new Config.Web(0, null, true))
            .withMail(new Config.Mail("smtp://127.0.0.1:" + smtp, "Paperboy <p@paperboy.test>"));
    Path file = dir.resolve("papers.jsonl");
    writePapers(file);
    // the importer is the CLI in a JVM of its own, on the system clock: this server and its
    // digests run on the same wall time, so that the papers it imports fall in tomorrow's digest
    try (Paperboy app = Paperboy.open(config)) {
      TestApp.load(app, "web-corpus.jsonl", false);
      long before = app.papers().count();
      addSubscribers(app);
      WebServer web = app.webServer().start();
      // the index upkeep, without the timed digest job
      app.search().serveIndex();
      Jobs upkeep = new Jobs(java.time.Clock.systemUTC(), null);
      upkeep.add("index-sync", Duration.ZERO, Duration.ofSeconds(5), app.search()::catchUp);
      upkeep.add("embedding", Duration.ZERO, Duration.ofSeconds(5), app.search()::embedWaiting);
      upkeep.start();
      try {
        Process cli =
            TestApp.cli(
                    dir.resolve("import.log").toFile(),
                    "import",
                    "--data",
                    dir.toString(),
                    "--db",
                    url,
                    file.toString())
                .start();
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger mailsAsked = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger digests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int thread = t;
          runs.add(
              pool.submit(
                  () -> {
                    HttpClient http = HttpClient.newHttpClient();
                    for (int i = 0; !done.get() || i < 10; i++) {
                      String client = "10.0." + thread + "." + (i % 250);
                      String who = "w" + thread + "-" + i + "@lab.org";
                      String path = i % 2 == 0 ? "/signin" : "/subscribe";
                      HttpResponse<String> r = post(http, web.baseUrl() + path, who, client);
                      requests.incrementAndGet();
                      if (r.statusCode() == 200) {
                        mailsAsked.incrementAndGet();
                      } else {
                        failures.add(path + " " + r.statusCode() + ": " + r.body());
                      }
                      HttpResponse<String> page = get(http, web.baseUrl() + "/papers/r01", client);
                      if (page.statusCode() >= 500) {
                        failures.add("/papers/r01 " + page.statusCode());
                      }
                    }
                    return null;
                  }));
        }
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        runs.add(
            pool.submit(
                () -> {
                  while (!done.get()) {
                    digests.addAndGet(app.digests().send(tomorrow).sent());
                    Thread.sleep(100); // a sender runs now and then, not in a tight loop
                  }
                  digests.addAndGet(app.digests().send(tomorrow).sent());
                  return null;
                }));
        boolean exited = cli.waitFor(4, TimeUnit.MINUTES);
        done.set(true);
        for (Future<?> run : runs) {
          run.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        String log = Files.readString(dir.resolve("import.log"));
        assertThat(exited).as(log).isTrue();
        assertThat(cli.exitValue()).as(log).isZero();
        assertThat(failures).isEmpty();
        assertThat(requests.get()).isGreaterThanOrEqualTo(40);
        assertThat(app.papers().count()).isEqualTo(before + IMPORTED);
        assertThat(digests.get()).isEqualTo(SUBSCRIBERS);
        int expected = mailsAsked.get() + SUBSCRIBERS;
        greenMail.waitForIncomingEmail(30_000, expected);
        assertThat(greenMail.getReceivedMessages()).hasSize(expected);
        app.trending().flushViews();
      } finally {
        upkeep.close();
        web.close();
        greenMail.stop();
      }
    }
  }

  private static HttpResponse<String> post(HttpClient http, String url, String email, String ip)
      throws Exception {
    String csrf = "c".repeat(43);
    String body =
        "csrf=" + csrf + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&next=/";
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "pb_csrf=" + csrf)
            .header("X-Forwarded-For", ip)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, String url, String ip) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", ip).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void writePapers(Path file) throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < IMPORTED; i++) {
      s.append("{\"id\":\"side")
          .append(i)
          .append("\",\"title\":\"Side by side paper ")
          .append(i)
          .append("\",\"abstract\":\"An abstract about writers that wait their turn, number ")
          .append(i)
          .append(".\",\"authors\":[\"A. Writer\"],\"categories\":[\"cs.DB\"],")
          .append("\"published\":\"2024-01-02\"}\n");
    }
    Files.writeString(file, s);
  }

  private static void addSubscribers(Paperboy app) {
    app.database()
        .inTransaction(
            c -> {
              for (int i = 0; i < SUBSCRIBERS; i++) {
                Sql.update(
                    c,
                    "INSERT INTO subscribers (id, email, status, frequency, weekday, send_hour,"
                        + " time_zone, paper_count, include_trending, when_empty, created_at,"
                        + " covered_until, failures)"
                        + " VALUES (?, ?, 'active', 'daily', 1, 7, 'UTC', 5, 1, 'notice', ?, NULL,"
                        + " 0)",
                    UUID.randomUUID().toString(),
                    "digest" + i + "@lab.org",
                    "2020-01-01T00:00:00Z");
              }
              return null;
            });
  }
}
