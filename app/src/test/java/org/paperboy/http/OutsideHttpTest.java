package org.paperboy.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/** The one client for outside services against a local server. */
class OutsideHttpTest {
  private static final Retries FAST =
      new Retries(3, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(5));

  private static OutsideHttp client(int maxBody, boolean webhook) {
    return new OutsideHttp(
        new OutsideHttp.Settings(
            "test",
            Duration.ofSeconds(5),
            Duration.ofSeconds(5),
            Duration.ZERO,
            maxBody,
            webhook ? OutsideHttp.Mode.WEBHOOK : OutsideHttp.Mode.FOLLOW),
        Clock.systemUTC());
  }

  private static LocalHttpServer failingFirst(int failures, Reply failure) {
    AtomicInteger calls = new AtomicInteger();
    return new LocalHttpServer(
        q -> calls.incrementAndGet() <= failures ? failure : Reply.ok("fine".getBytes()));
  }

  @Test
  void transientFailuresAreRetriedWithBackoff() throws Exception {
    try (LocalHttpServer server = failingFirst(2, Reply.status(503, Map.of()))) {
      byte[] body = client(1024, false).retrying(FAST).get(server.url("/x?a=1"));
      assertThat(new String(body)).isEqualTo("fine");
      assertThat(server.queries()).hasSize(3);
    }
  }

  @Test
  void aFailureThatOutlastsEveryTryGivesUpSayingHowOften() {
    try (LocalHttpServer server = failingFirst(9, Reply.status(500, Map.of()))) {
      assertThatThrownBy(() -> client(1024, false).retrying(FAST).get(server.url("/x?a=1")))
          .isInstanceOf(HttpFailure.class)
          .hasMessageEndingWith("(gave up after 3 attempts)");
      assertThat(server.queries()).hasSize(3);
    }
  }

  @Test
  void aRefusalIsNotAskedAgain() {
    try (LocalHttpServer server = failingFirst(9, Reply.status(404, Map.of()))) {
      assertThatThrownBy(() -> client(1024, false).retrying(FAST).get(server.url("/x?a=1")))
          .isInstanceOfSatisfying(
              HttpFailure.class, f -> assertThat(f.refused && f.status == 404).isTrue());
      assertThat(server.queries()).hasSize(1);
    }
  }

  @Test
  void retryAfterInSecondsIsWaitedWithoutUsingUpATry() throws Exception {
    Retries once =
        new Retries(1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofMinutes(1));
    try (LocalHttpServer server = failingFirst(1, Reply.status(429, Map.of("Retry-After", "1")))) {
      long start = System.nanoTime();
      byte[] body = client(1024, false).retrying(once).get(server.url("/x?a=1"));
      assertThat(new String(body)).isEqualTo("fine");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
    }
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedUntilThen() throws Exception {
    Retries once =
        new Retries(1, Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofMinutes(1));
    String inASecond =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            Instant.now().plusSeconds(2).atZone(ZoneOffset.UTC));
    try (LocalHttpServer server =
        failingFirst(1, Reply.status(503, Map.of("Retry-After", inASecond)))) {
      long start = System.nanoTime();
      client(1024, false).retrying(once).get(server.url("/x?a=1"));
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(900));
      assertThat(server.queries()).hasSize(2);
    }
  }

  @Test
  void retryAfterIsReadAsSecondsOrADateAndCapped() {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    Duration day = Duration.ofDays(1);
    assertThat(RetryAfter.parse("120", now, day)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 1.5 ", now, day)).isEqualTo(Duration.ofMillis(1500));
    assertThat(RetryAfter.parse("-3", now, day)).isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("99999999999999999999", now, day)).isEqualTo(day);
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 10:05:00 GMT", now, day))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 09:05:00 GMT", now, day))
        .isEqualTo(Duration.ZERO);
    assertThat(RetryAfter.parse("Mon, 30 Nov 2026 10:05:00 GMT", now, Duration.ofMinutes(1)))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse("soon", now, day)).isNull();
  }

  @Test
  void anAnswerPastTheLimitIsRefusedOrCutForWebhooks() throws Exception {
    byte[] big = new byte[4096];
    try (LocalHttpServer server = new LocalHttpServer(q -> Reply.ok(big))) {
      assertThatThrownBy(() -> client(1024, false).retrying(FAST).get(server.url("/x?a=1")))
          .isInstanceOfSatisfying(HttpFailure.class, f -> assertThat(f.refused).isTrue())
          .hasMessageContaining("larger than");
      assertThat(server.queries()).hasSize(1);
      OutsideHttp webhook = client(1024, true);
      org.paperboy.http.Reply cut = webhook.send(webhook.request(server.url("/x?a=1")).build());
      assertThat(cut.body()).hasSize(1024);
    }
  }

  @Test
  void nothingWaitsPastTheDeadline() {
    Retries slow = new Retries(5, Duration.ofSeconds(10), Duration.ofSeconds(10), null);
    try (LocalHttpServer server = failingFirst(9, Reply.status(503, Map.of()))) {
      long start = System.nanoTime();
      Retries until = slow.until(start + Duration.ofSeconds(1).toNanos());
      assertThatThrownBy(() -> client(1024, false).retrying(until).get(server.url("/x?a=1")))
          .isInstanceOf(HttpFailure.class)
          .hasMessage("the time limit for asking 127.0.0.1 was reached");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aRateLimitBudgetIsReadFromTheHeaders() throws Exception {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    long reset = now.plusSeconds(600).getEpochSecond();
    try (LocalHttpServer server =
        new LocalHttpServer(
            q ->
                new Reply(
                    200,
                    Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "" + reset),
                    "{}".getBytes()))) {
      OutsideHttp http = client(1024, false);
      org.paperboy.http.Reply r = http.send(http.request(server.url("/x?a=1")).build());
      assertThat(r.budgetSpent()).isTrue();
      assertThat(r.budgetReset(now)).isEqualTo(now.plusSeconds(600));
    }
  }
}
