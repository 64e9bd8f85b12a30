package org.paperboy;

import java.time.Duration;
import org.paperboy.jobs.Jobs;
import org.paperboy.search.Search;

/**
 * The background work of the long-lived commands, as a list of named jobs of {@link Jobs}: each job
 * one line, calling one facade method. Nothing runs until a command starts them; {@link
 * Paperboy#close()} stops them, the last added first.
 */
final class ServeJobs {
  private ServeJobs() {}

  /**
   * Everything {@code serve} runs: the index follows the database and embeds new papers (every few
   * seconds), rankings read since they went stale are recomputed, page views are saved, outside
   * signals are fetched (when a source is on), unconfirmed subscriptions expire and due digests go
   * out (every five minutes), the same code as {@code paperboy digest send}.
   */
  static void serve(Paperboy app) {
    Jobs jobs = app.jobs();
    if (jobs.started()) {
      return;
    }
    addIndexJobs(jobs, app.search());
    var trending = app.trending();
    jobs.add("trending", Duration.ofSeconds(5), Duration.ofSeconds(5), trending::refreshStale);
    // the co-saves follow the libraries; their own job, so a failure never holds up the digests
    jobs.add(
        "co-saves",
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        app.recommendations()::refreshCoSaves);
    jobs.add("views", Duration.ofSeconds(10), Duration.ofSeconds(10), trending::flushViews);
    var signals = app.signals();
    if (signals.fetching()) {
      jobs.add(
          "signals",
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          () -> {
            if (signals.scheduledRound()) {
              trending.invalidate();
            }
          });
    }
    jobs.add(
        "cleanup",
        Duration.ofSeconds(1),
        Duration.ofMinutes(5),
        app.subscriptions()::expireUnconfirmed);
    var digests = app.digests();
    jobs.add("digests", Duration.ofSeconds(1), Duration.ofMinutes(5), () -> digests.send(null));
    // labs whose last owner left pass to their eldest member; the labs' channels post when due
    jobs.add("labs", Duration.ofSeconds(1), Duration.ofMinutes(5), app.labs()::tidy);
    var channels = app.channels();
    jobs.add("channels", Duration.ofSeconds(1), Duration.ofMinutes(5), () -> channels.send(null));
    jobs.start();
  }

  /**
   * Only the index's jobs, for a long-lived process that is not the server ({@code paperboy mcp}):
   * the index follows the database, indexing and embedding when no server owns it.
   */
  static void indexOnly(Paperboy app) {
    Jobs jobs = app.jobs();
    if (jobs.started()) {
      return;
    }
    addIndexJobs(jobs, app.search());
    jobs.start();
  }

  private static void addIndexJobs(Jobs jobs, Search search) {
    search.serveIndex();
    jobs.add("index-sync", Duration.ZERO, Duration.ofSeconds(5), search::catchUp);
    jobs.add("embedding", Duration.ZERO, Duration.ofSeconds(5), search::embedWaiting);
  }
}
