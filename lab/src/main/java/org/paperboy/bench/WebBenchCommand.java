package org.paperboy.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "web",
    mixinStandardHelpOptions = true,
    description = {
      "Time a running server (start it with paperboy serve): first requests one at a time, reading",
      "the server-side time from each response's Server-Timing header; then CLIENTS concurrent",
      "clients for SECONDS, each sending its next request as soon as the last is answered, with",
      "client-side latency and errors. Pages: / (trending) and /search with generated queries."
    })
public final class WebBenchCommand implements Callable<Integer> {
  @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The server.")
  String url;

  @Option(names = "--requests", defaultValue = "300", description = "Sequential requests a page.")
  int requests;

  @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients.")
  int clients;

  @Option(names = "--seconds", defaultValue = "60", description = "Length of the load phase.")
  int seconds;

  @Option(
      names = "--mode",
      defaultValue = "hybrid",
      description = "Search mode of the /search requests.")
  String mode;

  @Option(
      names = "--write-queries",
      paramLabel = "FILE",
      description =
          "Only write 200,000 generated queries to FILE, one a line (for wrk), and stop: so"
              + " many that a minute of load rarely asks one twice.")
  java.nio.file.Path writeQueries;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .version(HttpClient.Version.HTTP_1_1)
          .build();

  private record Timed(int status, double clientMs, double serverMs) {}

  @Override
  public Integer call() throws Exception {
    if (writeQueries != null) {
      java.nio.file.Files.write(writeQueries, SearchBenchCommand.queries(200_000));
      return 0;
    }
    List<String> queries = SearchBenchCommand.queries(requests * 2 + 100_000);
    System.out.printf(
        Locale.ROOT,
        "server %s, %d cores here, %s%n",
        url,
        Runtime.getRuntime().availableProcessors(),
        java.time.Instant.now());
    for (int i = 0; i < 50; i++) {
      get("/");
      get(search(queries.get(i)));
    }
    sequential("/ (trending, day)", i -> "/");
    sequential("/?window=month", i -> "/?window=month");
    sequential("/search (" + mode + ")", i -> search(queries.get(100 + i)));
    load(queries.subList(100 + requests, queries.size()));
    return 0;
  }

  private String search(String q) {
    return "/search?mode=" + mode + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
  }

  private void sequential(String label, java.util.function.IntFunction<String> path)
      throws Exception {
    List<Double> server = new ArrayList<>();
    List<Double> client = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < requests; i++) {
      Timed t = get(path.apply(i));
      if (t.status() != 200) {
        errors++;
      }
      server.add(t.serverMs());
      client.add(t.clientMs());
    }
    Collections.sort(server);
    Collections.sort(client);
    System.out.printf(
        Locale.ROOT,
        "%-22s server-side p50 %6.2f ms  p99 %6.2f ms | client p50 %6.2f ms | %d requests, %d errors%n",
        label,
        SearchBenchCommand.pct(server, 50),
        SearchBenchCommand.pct(server, 99),
        SearchBenchCommand.pct(client, 50),
        requests,
        errors);
  }

  private void load(List<String> queries) throws Exception {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong next = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    List<List<Double>> perClient = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        List<Double> mine = new ArrayList<>();
        perClient.add(mine);
        pool.submit(
            () -> {
              while (System.nanoTime() < end) {
                long n = next.getAndIncrement();
                String path = n % 4 == 0 ? "/" : search(queries.get((int) (n % queries.size())));
                try {
                  Timed t = get(path);
                  if (t.status() != 200) {
                    errors.incrementAndGet();
                  }
                  mine.add(t.clientMs());
                } catch (Exception e) {
                  errors.incrementAndGet();
                }
              }
              return null;
            });
      }
    }
    List<Double> all = new ArrayList<>();
    perClient.forEach(all::addAll);
    Collections.sort(all);
    System.out.printf(
        Locale.ROOT,
        "load: %d clients for %d s: %,d requests (%.0f/s; 1 in 4 is /, the rest /search), %d errors;"
            + " latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        clients,
        seconds,
        all.size(),
        all.size() / (double) seconds,
        errors.get(),
        SearchBenchCommand.pct(all, 50),
        SearchBenchCommand.pct(all, 90),
        SearchBenchCommand.pct(all, 99),
        all.getLast());
  }

  private Timed get(String path) throws Exception {
    long t = System.nanoTime();
    HttpResponse<Void> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.discarding());
    double clientMs = (System.nanoTime() - t) / 1e6;
    double serverMs =
        r.headers()
            .firstValue("Server-Timing")
            .map(v -> Double.parseDouble(v.replaceAll(".*dur=", "")))
            .orElse(Double.NaN);
    return new Timed(r.statusCode(), clientMs, serverMs);
  }
}
