package org.paperboy.jobs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one scheduler of the server's background work, on JDK executors: each job is named, runs on a
 * thread of its own on its period, and reports its last run, how long it took, its last error and
 * its next run ({@code paperboy stats}, {@code /healthz}). A job that throws is logged with its
 * name and tried again on its period; it never stops the other jobs. {@link #close()} stops them
 * one after another, the last added first, each interrupted in flight (every job's work is written
 * in transactions, so an interrupted run is left for the next to resume).
 */
public final class Jobs implements AutoCloseable {
  /** A job's work. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }

  /** How long stopping waits for each job's run in flight to give up. */
  static final Duration GRACE = Duration.ofSeconds(30);

  private final Clock clock;
  private final StatusFile file;
  private final List<Job> jobs = new CopyOnWriteArrayList<>();
  private boolean started;
  private boolean closed;

  /**
   * @param statusFile where the jobs' status is written after every run, for {@code paperboy stats}
   *     in another process; null for none
   */
  public Jobs(Clock clock, Path statusFile) {
    this.clock = clock;
    this.file = statusFile == null ? null : new StatusFile(statusFile);
  }

  /** Adds a job; its first run comes {@code initialDelay} after {@link #start()}. */
  public synchronized void add(String name, Duration initialDelay, Duration period, Work work) {
    if (started) {
      throw new IllegalStateException("add jobs before starting them: " + name);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a job's period must be positive: " + name);
    }
    for (Job j : jobs) {
      if (j.name().equals(name)) {
        throw new IllegalArgumentException("two jobs named " + name);
      }
    }
    jobs.add(new Job(name, initialDelay, period, work, clock));
  }

  /** Starts every job added; once. */
  public synchronized void start() {
    if (started || closed) {
      return;
    }
    started = true;
    for (Job j : jobs) {
      j.start(this::written);
    }
    written();
  }

  public synchronized boolean started() {
    return started;
  }

  /** Where each job stands, in the order they were added. */
  public List<JobStatus> statuses() {
    List<JobStatus> out = new ArrayList<>();
    for (Job j : jobs) {
      out.add(j.status());
    }
    return out;
  }

  /** The status a server wrote to {@code statusFile}, if there is one. */
  public static Optional<StatusFile.Snapshot> read(Path statusFile) {
    return new StatusFile(statusFile).read();
  }

  private void written() {
    if (file != null) {
      file.write(statuses(), !closed, clock.instant());
    }
  }

  /** Stops every job, the last added first. */
  @Override
  public void close() {
    List<Job> order;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      order = new ArrayList<>(jobs);
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      order.get(i).stop(GRACE);
    }
    if (started) {
      written();
    }
  }
}
