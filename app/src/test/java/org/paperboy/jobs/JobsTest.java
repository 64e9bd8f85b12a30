package org.paperboy.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The scheduler of the server's background work, on its own: runs, failures, status, stopping. */
class JobsTest {
  static final Instant NOW = Instant.parse("2026-01-05T06:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Duration OFTEN = Duration.ofMillis(20);

  @TempDir Path dir;

  @Test
  void aJobRunsOnItsPeriodAndSaysWhenItRanHowLongAndWhenItRunsNext() throws Exception {
    CountDownLatch three = new CountDownLatch(3);
    try (Jobs jobs = new Jobs(CLOCK, null)) {
      jobs.add("tick", Duration.ZERO, OFTEN, three::countDown);
      assertThat(jobs.statuses().getFirst().lastRun()).isNull();
      jobs.start();
      assertThat(three.await(30, TimeUnit.SECONDS)).isTrue();
      JobStatus tick = jobs.statuses().getFirst();
      for (int i = 0; i < 1000 && tick.running(); i++) { // between runs, not during one
        Thread.sleep(1);
        tick = jobs.statuses().getFirst();
      }
      assertThat(tick.name()).isEqualTo("tick");
      assertThat(tick.period()).isEqualTo(OFTEN);
      assertThat(tick.lastRun()).isEqualTo(NOW);
      assertThat(tick.lastDuration()).isNotNull();
      assertThat(tick.lastError()).isNull();
      assertThat(tick.failing()).isFalse();
      assertThat(tick.nextRun()).isEqualTo(NOW.plus(OFTEN));
    }
  }

  @Test
  void aJobThatThrowsIsLoggedByNameAndTriedAgainWhileTheOthersGoOn() throws Exception {
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(Jobs.class);
    logged.start();
    logger.addAppender(logged);
    AtomicInteger tries = new AtomicInteger();
    CountDownLatch failedThrice = new CountDownLatch(3);
    CountDownLatch healthyThrice = new CountDownLatch(3);
    CountDownLatch recovered = new CountDownLatch(1);
    try (Jobs jobs = new Jobs(CLOCK, null)) {
      jobs.add(
          "flaky",
          Duration.ZERO,
          OFTEN,
          () -> {
            int n = tries.incrementAndGet();
            if (n <= 3) {
              failedThrice.countDown();
              throw new IllegalStateException("the mail server is away");
            }
            if (n == 5) {
              recovered.countDown(); // the fourth run, a success, is recorded by now
            }
          });
      jobs.add("healthy", Duration.ZERO, OFTEN, healthyThrice::countDown);
      jobs.start();
      assertThat(failedThrice.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(healthyThrice.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(recovered.await(30, TimeUnit.SECONDS)).as("retried on its period").isTrue();
      assertThat(jobs.statuses().getFirst().failing()).isFalse(); // the last run succeeded
    } finally {
      logger.detachAppender(logged);
    }
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(
            m -> assertThat(m).contains("Job flaky failed").contains("mail server is away"));
  }

  @Test
  void aFailedLastRunIsReportedWithItsMessage() throws Exception {
    CountDownLatch failed = new CountDownLatch(2);
    try (Jobs jobs = new Jobs(CLOCK, null)) {
      jobs.add(
          "broken",
          Duration.ZERO,
          OFTEN,
          () -> {
            failed.countDown();
            throw new IllegalStateException("disk is full");
          });
      jobs.start();
      assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();
      JobStatus broken = jobs.statuses().getFirst();
      assertThat(broken.failing()).isTrue();
      assertThat(broken.lastError()).isEqualTo("disk is full");
      assertThat(broken.asJson()).containsEntry("last_error", "disk is full");
    }
  }

  @Test
  void closingStopsTheJobsOneAfterAnotherTheLastAddedFirstInterruptingWhatRuns() throws Exception {
    List<String> stopped = new CopyOnWriteArrayList<>();
    CountDownLatch allRunning = new CountDownLatch(3);
    Jobs jobs = new Jobs(CLOCK, null);
    for (String name : List.of("first", "second", "third")) {
      jobs.add(
          name,
          Duration.ZERO,
          OFTEN,
          () -> {
            allRunning.countDown();
            try {
              Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
              stopped.add(name);
              throw e;
            }
          });
    }
    jobs.start();
    assertThat(allRunning.await(30, TimeUnit.SECONDS)).isTrue();
    jobs.close();
    assertThat(stopped).containsExactly("third", "second", "first");
    assertThat(jobs.statuses())
        .allSatisfy(
            s -> {
              assertThat(s.running()).isFalse();
              assertThat(s.nextRun()).isNull();
              assertThat(s.failing()).as("stopping is no failure").isFalse();
            });
  }

  @Test
  void theStatusIsWrittenForAnotherProcessToRead() throws Exception {
    Path file = dir.resolve("jobs.json");
    CountDownLatch ran = new CountDownLatch(2);
    Jobs jobs = new Jobs(CLOCK, file);
    jobs.add("tick", Duration.ZERO, OFTEN, ran::countDown);
    assertThat(Jobs.read(file)).isEmpty();
    jobs.start();
    assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
    StatusFile.Snapshot serving = Jobs.read(file).orElseThrow();
    assertThat(serving.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(serving.alive()).isTrue();
    assertThat(serving.updated()).isEqualTo(NOW);
    assertThat(serving.jobs()).extracting(JobStatus::name).containsExactly("tick");
    assertThat(serving.jobs().getFirst().lastRun()).isEqualTo(NOW);
    jobs.close();
    assertThat(Jobs.read(file).orElseThrow().alive()).isFalse();
  }

  @Test
  void jobsAreAddedBeforeTheStartWithNamesOfTheirOwnAndAPeriod() {
    try (Jobs jobs = new Jobs(CLOCK, null)) {
      jobs.add("a", Duration.ZERO, Duration.ofMinutes(5), () -> {});
      assertThatThrownBy(() -> jobs.add("a", Duration.ZERO, Duration.ofMinutes(5), () -> {}))
          .hasMessageContaining("two jobs named a");
      assertThatThrownBy(() -> jobs.add("b", Duration.ZERO, Duration.ZERO, () -> {}))
          .hasMessageContaining("period");
      jobs.start();
      assertThatThrownBy(() -> jobs.add("c", Duration.ZERO, Duration.ofMinutes(5), () -> {}))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
