package org.paperboy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.signals.OutsideSignals;
import org.paperboy.trending.Trending;
import org.paperboy.trending.Window;
import org.paperboy.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = {
      "Trending with outside signals at scale: stores PAPERS synthetic papers (30,000 in the last",
      "30 days) into an empty data folder, gives SIGNALS of the window's papers Hugging Face",
      "upvotes (and some GitHub stars with a week's growth, some citations), then times computing",
      "the three rankings and the trending pages server-side (Server-Timing)."
    })
public final class SignalsBenchCommand implements Callable<Integer> {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final int IN_WINDOW = 30_000;

  @Option(names = "--data", required = true, description = "An empty (or missing) data folder.")
  Path data;

  @Option(names = "--papers", defaultValue = "1000000", description = "Default ${DEFAULT-VALUE}.")
  int papers;

  @Option(names = "--signals", defaultValue = "10000", description = "Default ${DEFAULT-VALUE}.")
  int withSignals;

  @Option(names = "--reuse", description = "Time the rankings again on an earlier run's data.")
  boolean reuse;

  @Option(names = "--runs", defaultValue = "5", description = "Default ${DEFAULT-VALUE}.")
  int runs;

  @Option(names = "--requests", defaultValue = "300", description = "Timed, per window.")
  int requests;

  @Override
  public Integer call() throws Exception {
    if (Files.exists(data.resolve("paperboy.db"))) {
      if (!reuse) {
        throw new IllegalArgumentException(data + " already holds a database: give an empty one");
      }
      // an earlier run's data: the rankings again, without the server (whose index is not built)
      try (Database db = Database.open("jdbc:sqlite:" + data.resolve("paperboy.db"))) {
        PaperStore store = new PaperStore(db);
        rankings(
            db,
            store,
            Config.Trending.defaults(),
            OutsideSignals.reader(db, store, Clock.systemUTC()));
      }
      return 0;
    }
    Config config =
        new Config(data, null, new Config.Embeddings(null, null, null, 1))
            .withWeb(new Config.Web(0, null));
    try (Paperboy app = new Paperboy(config)) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      long t0 = System.nanoTime();
      fill(app, today);
      System.out.printf(
          Locale.ROOT, "stored %,d papers in %.1f s%n", papers, (System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      int rows = signals(app, Instant.now());
      System.out.printf(
          Locale.ROOT,
          "stored %,d signal rows for %,d papers in %.1f s%n",
          rows,
          withSignals,
          (System.nanoTime() - t0) / 1e9);
      rankings(app.database(), app.papers(), app.config().trending(), app.signals());
      pages(app);
    }
    return 0;
  }

  private void fill(Paperboy app, LocalDate today) {
    List<Paper> batch = new ArrayList<>(5_000);
    for (int i = 0; i < papers; i++) {
      LocalDate published =
          i < IN_WINDOW ? today.minusDays(i % 30) : today.minusDays(31 + i % 3_650);
      batch.add(
          new Paper(
              id(i),
              1,
              "Synthetic paper " + i + " on signals and ranking",
              "An abstract for synthetic paper " + i + ", long enough to be a paragraph of text.",
              List.of("A. Author", "B. Author"),
              List.of("cs.LG"),
              published,
              published,
              null,
              null,
              null,
              null,
              Paper.Links.NONE,
              "bench",
              null));
      if (batch.size() == 5_000) {
        app.papers().upsert(batch);
        batch.clear();
      }
    }
    app.papers().upsert(batch);
  }

  private static String id(int i) {
    return String.format(Locale.ROOT, "%04d.%05d", 2000 + i / 100_000, i % 100_000);
  }

  /** Every third window paper until {@code withSignals}: upvotes, comments, stars, citations. */
  private int signals(Paperboy app, Instant now) {
    Random rnd = new Random(42);
    return app.database()
        .inTransaction(
            c -> {
              int rows = 0;
              try (PreparedStatement obs = insert(c, "signal_observations");
                  PreparedStatement latest = insert(c, "signal_latest")) {
                for (int n = 0; n < withSignals; n++) {
                  String id = id((n * 3) % IN_WINDOW + (n * 3) / IN_WINDOW);
                  long up = Math.min(5_000, (long) Math.floor(Math.pow(rnd.nextDouble(), -1.3)));
                  rows += add(obs, latest, id, "hf", "upvotes", up, now, true);
                  rows += add(obs, latest, id, "hf", "comments", up / 8, now, true);
                  if (n % 5 < 2) {
                    long stars = rnd.nextInt(3_000);
                    add(
                        obs,
                        latest,
                        id,
                        "github",
                        "stars",
                        stars,
                        now.minus(Duration.ofDays(10)),
                        false);
                    rows +=
                        1
                            + add(
                                obs,
                                latest,
                                id,
                                "github",
                                "stars",
                                stars + rnd.nextInt(200),
                                now,
                                true);
                  }
                  if (n % 5 == 4) {
                    rows += add(obs, latest, id, "s2", "citations", rnd.nextInt(50), now, true);
                  }
                }
                obs.executeBatch();
                latest.executeBatch();
              }
              return rows;
            });
  }

  private static PreparedStatement insert(Connection c, String table) throws java.sql.SQLException {
    return c.prepareStatement(
        "INSERT INTO "
            + table
            + " (paper_id, source, metric, value, observed_at) VALUES (?, ?, ?, ?, ?)");
  }

  private static int add(
      PreparedStatement obs,
      PreparedStatement latest,
      String id,
      String source,
      String metric,
      long value,
      Instant at,
      boolean newest)
      throws java.sql.SQLException {
    for (PreparedStatement ps : newest ? List.of(obs, latest) : List.of(obs)) {
      ps.setString(1, id);
      ps.setString(2, source);
      ps.setString(3, metric);
      ps.setLong(4, value);
      ps.setString(5, AT.format(at));
      ps.addBatch();
    }
    return 1;
  }

  /** Computes the three rankings from nothing cached, {@code runs} times; wall and CPU time. */
  private void rankings(Database db, PaperStore store, Config.Trending knobs, OutsideSignals out) {
    List<Double> all = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int run = 0; run < runs; run++) {
      Trending t = new Trending(db, store, knobs, Clock.systemUTC(), out);
      StringBuilder each = new StringBuilder();
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (Window w : Window.values()) {
        long s = System.nanoTime();
        long c = threads.getCurrentThreadCpuTime();
        int total = t.page(w, 0, 30).total();
        each.append(
            String.format(
                Locale.ROOT,
                " %s %.0f ms (CPU %.0f ms, %,d kept)",
                w.key(),
                (System.nanoTime() - s) / 1e6,
                (threads.getCurrentThreadCpuTime() - c) / 1e6,
                total));
      }
      double ms = (System.nanoTime() - start) / 1e6;
      double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      all.add(ms);
      cpu.add(cpuMs);
      t.close();
      System.out.printf(
          Locale.ROOT, "rankings run %d: %.0f ms (CPU %.0f ms):%s%n", run + 1, ms, cpuMs, each);
    }
    all.sort(null);
    cpu.sort(null);
    System.out.printf(
        Locale.ROOT,
        "rankings: median %.0f ms wall, %.0f ms CPU of the computing thread, %d runs%n",
        all.get(all.size() / 2),
        cpu.get(cpu.size() / 2),
        runs);
  }

  private void pages(Paperboy app) throws Exception {
    try (WebServer web = app.webServer().start()) {
      HttpClient http = HttpClient.newHttpClient();
      for (Window w : Window.values()) {
        String path = "/?window=" + w.key();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 100 + requests; i++) {
          HttpResponse<Void> r =
              http.send(
                  HttpRequest.newBuilder(URI.create(web.baseUrl() + path)).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
          }
          if (i >= 100) {
            times.add(
                Double.parseDouble(
                    r.headers()
                        .firstValue("Server-Timing")
                        .orElseThrow()
                        .replaceAll(".*dur=", "")));
          }
        }
        times.sort(null);
        System.out.printf(
            Locale.ROOT,
            "%s: server-side p50 %.2f ms, p99 %.2f ms (%d requests after 100 warm-up)%n",
            path,
            SearchBenchCommand.pct(times, 50),
            SearchBenchCommand.pct(times, 99),
            requests);
      }
    }
  }
}
