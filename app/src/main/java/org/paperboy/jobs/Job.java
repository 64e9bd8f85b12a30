package org.paperboy.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named job on a thread of its own: run after {@code initialDelay}, then again {@code period}
 * after each run ends. A run that throws is logged with the job's name and recorded; the next run
 * comes on the period all the same.
 */
final class Job {
  private static final Logger log = LoggerFactory.getLogger(Jobs.class);

  private final String name;
  private final Duration initialDelay;
  private final Duration period;
  private final Jobs.Work work;
  private final Clock clock;
  private ScheduledExecutorService executor;
  private volatile boolean stopping;
  private volatile boolean running;
  private volatile Instant lastRun;
  private volatile Duration lastDuration;
  private volatile String lastError;
  private volatile Instant nextRun;

  Job(String name, Duration initialDelay, Duration period, Jobs.Work work, Clock clock) {
    this.name = name;
    this.initialDelay = initialDelay;
    this.period = period;
    this.work = work;
    this.clock = clock;
  }

  String name() {
    return name;
  }

  void start(Runnable afterEachRun) {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("paperboy-job-" + name).unstarted(r));
    nextRun = clock.instant().plus(initialDelay);
    executor.scheduleWithFixedDelay(
        () -> runOnce(afterEachRun),
        initialDelay.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** One run; never throws, so that the executor keeps the schedule. */
  void runOnce(Runnable afterEachRun) {
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    running = true;
    nextRun = null; // due again once this run ends
    String error = null;
    try {
      work.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = stopping ? null : "interrupted";
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      if (!stopping) { // stopping interrupts a run: nothing to report
        log.warn("Job {} failed; trying again in {} s: {}", name, period.toSeconds(), e.toString());
        error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      }
    } finally {
      lastRun = started;
      lastDuration = Duration.ofNanos(System.nanoTime() - t0);
      lastError = error;
      running = false;
      nextRun = stopping ? null : clock.instant().plus(period);
      afterEachRun.run();
    }
  }

  /** Takes no new run, interrupts the one under way and waits up to {@code grace} for it. */
  void stop(Duration grace) {
    stopping = true;
    nextRun = null;
    if (executor == null) {
      return;
    }
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("Job {} did not stop within {} s", name, grace.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  JobStatus status() {
    return new JobStatus(name, period, lastRun, lastDuration, lastError, nextRun, running);
  }
}
