package org.paperboy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
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
    try (Paperboy app = Paperboy.open(config)) {
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      long t0 = System.nanoTime();
      SyntheticSignals.fill(app.papers(), papers, today);
      System.out.printf(
          Locale.ROOT, "stored %,d papers in %.1f s%n", papers, (System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      int rows = SyntheticSignals.signals(app.database(), withSignals, Instant.now());
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
