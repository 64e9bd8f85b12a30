package org.paperboy.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads on the page, run as jobs off the request thread: a row in {@code library_imports} says
 * where each is, so the progress page never waits and a person gets at most one at a time and a few
 * an hour, across instances.
 */
final class ImportJobs implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Uploads a person may start in an hour. */
  static final int PER_HOUR = 10;

  /** A job still "running" after this was cut off by a stopped server. */
  static final Duration STALE = Duration.ofMinutes(30);

  private final Database db;
  private final Clock clock;
  private final ThreadPoolExecutor workers =
      new ThreadPoolExecutor(
          2,
          2,
          1,
          TimeUnit.MINUTES,
          new ArrayBlockingQueue<>(32),
          r -> Thread.ofPlatform().daemon().name("library-import").unstarted(r));

  ImportJobs(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
    workers.allowCoreThreadTimeOut(true);
  }

  /** The work of one job: reports its steps, returns its report. */
  interface Work {
    ImportReport run(Consumer<String> step);
  }

  /**
   * Records a new job for the person and starts it; refuses with {@link ImportJob.TooMany} while
   * another of theirs runs or when the hour's uploads are spent.
   */
  String start(String userId, Work work) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    String id = UUID.randomUUID().toString();
    db.inTransaction(
        c -> {
          String since = now.minus(Duration.ofHours(1)).toString();
          long running =
              Sql.count(
                  c,
                  "SELECT COUNT(*) FROM library_imports WHERE user_id = ? AND state = 'running'"
                      + " AND started_at > ?",
                  userId,
                  now.minus(STALE).toString());
          if (running > 0) {
            throw new ImportJob.TooMany(
                "An import of yours is still running: wait for its report, then upload again.", 15);
          }
          Optional<String> oldest =
              Sql.one(
                  c,
                  "SELECT started_at FROM library_imports WHERE user_id = ? AND started_at > ?"
                      + " ORDER BY started_at LIMIT 1 OFFSET ?",
                  rs -> rs.getString(1),
                  userId,
                  since,
                  PER_HOUR - 1);
          if (oldest.isPresent()) {
            long wait =
                Duration.between(now, Instant.parse(oldest.get()).plus(Duration.ofHours(1)))
                    .toSeconds();
            throw new ImportJob.TooMany(
                "You have uploaded " + PER_HOUR + " files this hour: try again later.",
                Math.max(1, wait));
          }
          Sql.update(
              c,
              "INSERT INTO library_imports (id, user_id, state, step, started_at)"
                  + " VALUES (?, ?, 'running', 'Waiting for its turn', ?)",
              id,
              userId,
              now.toString());
          return null;
        });
    try {
      workers.execute(() -> run(id, work));
    } catch (RejectedExecutionException e) {
      finish(id, "failed", "The server is importing many files just now: upload it again soon.");
      throw new ImportJob.TooMany("The server is busy importing: try again in a minute.", 60);
    }
    return id;
  }

  private void run(String id, Work work) {
    try {
      ImportReport report = work.run(step -> step(id, step));
      finish(id, "done", JSON.writeValueAsString(report));
    } catch (JsonProcessingException | RuntimeException e) {
      log.warn("Library import {} failed: {}", id, e.toString());
      finish(id, "failed", "The import failed and nothing was saved. Upload the file again.");
    }
  }

  private void step(String id, String step) {
    db.inTransaction(
        c -> Sql.update(c, "UPDATE library_imports SET step = ? WHERE id = ?", step, id));
  }

  private void finish(String id, String state, String report) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE library_imports SET state = ?, report = ?, finished_at = ? WHERE id = ?",
                state,
                report,
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
                id));
  }

  /** The person's job with this id; nobody else's. */
  Optional<ImportJob> find(String userId, String id) {
    Instant now = clock.instant();
    return db.read(
        c ->
            Sql.one(
                c,
                "SELECT state, step, report, started_at FROM library_imports"
                    + " WHERE id = ? AND user_id = ?",
                rs -> {
                  Instant started = Instant.parse(rs.getString(4));
                  String state = rs.getString(1);
                  String report = rs.getString(3);
                  return switch (state) {
                    case "done" ->
                        new ImportJob(id, ImportJob.State.DONE, null, read(report), started);
                    case "failed" ->
                        new ImportJob(id, ImportJob.State.FAILED, report, null, started);
                    default ->
                        started.plus(STALE).isBefore(now)
                            ? new ImportJob(id, ImportJob.State.INTERRUPTED, null, null, started)
                            : new ImportJob(
                                id, ImportJob.State.RUNNING, rs.getString(2), null, started);
                  };
                },
                id,
                userId));
  }

  private static ImportReport read(String json) {
    try {
      return JSON.readValue(json, ImportReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored import report does not read back", e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
