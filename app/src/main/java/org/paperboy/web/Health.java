package org.paperboy.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.db.Database;
import org.paperboy.jobs.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /healthz}: 200 while the database answers, 503 when it does not or its disk is full. It
 * lists the background jobs, and names those whose last run failed under {@code failing_jobs}: the
 * site still serves, so the answer stays 200.
 */
final class Health {
  private static final Logger log = LoggerFactory.getLogger(Health.class);

  /** Below this much free disk, writes fail: the instance says it is failing. */
  static final long LOW_DISK = 32L * 1024 * 1024;

  private final Database db;
  private final Metrics metrics;
  private final Supplier<List<JobStatus>> jobs;

  Health(Database db, Metrics metrics, Supplier<List<JobStatus>> jobs) {
    this.db = db;
    this.metrics = metrics;
    this.jobs = jobs;
  }

  void answer(Context ctx) {
    try {
      db.read(c -> c.createStatement().execute("SELECT 1"));
    } catch (RuntimeException e) {
      log.warn("Health check failed: {}", e.toString());
      ctx.status(503);
      Json.send(ctx, Map.of("status", "failing", "reason", "the database does not answer"));
      return;
    }
    java.util.OptionalLong free = db.freeBytes();
    if (free.isPresent() && free.getAsLong() < LOW_DISK) {
      ctx.status(503);
      Json.send(
          ctx,
          Map.of(
              "status",
              "failing",
              "reason",
              "the disk of the database is full (" + free.getAsLong() / 1024 + " KB free)",
              "disk_free_bytes",
              free.getAsLong()));
      return;
    }
    List<JobStatus> all = jobs.get();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("waiting_for_embedding", metrics.waitingForEmbedding());
    free.ifPresent(bytes -> body.put("disk_free_bytes", bytes));
    body.put("failing_jobs", all.stream().filter(JobStatus::failing).map(JobStatus::name).toList());
    body.put("jobs", all.stream().map(JobStatus::asJson).toList());
    Json.send(ctx, body);
  }
}
