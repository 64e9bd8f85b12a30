package org.paperboy.signals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Calls to one source: one at a time, {@code pace} apart, each within {@code timeout}. It never
 * retries by itself: whatever failed is asked again in the next round. Rate limits are read from
 * {@code Retry-After} (429) and GitHub's {@code X-RateLimit-Remaining} / {@code X-RateLimit-Reset}.
 */
final class SignalHttp {
  static final String USER_AGENT = "Paperboy/0.1 (self-hosted paper digest; trending signals)";
  private static final int MAX_BODY = 16 * 1024 * 1024;

  private HttpClient client; // made at the first call: a reader that never fetches makes none
  private final Duration pace;
  private final Duration timeout;
  private final Clock clock;
  private final Map<String, String> headers;
  private long lastCall;

  SignalHttp(Duration pace, Duration timeout, Clock clock, Map<String, String> headers) {
    this.pace = pace;
    this.timeout = timeout;
    this.clock = clock;
    this.headers = headers;
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return client;
  }

  Answer get(String url, String etag) {
    HttpRequest.Builder b = request(url).GET();
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    return send(b.build());
  }

  Answer post(String url, String json) {
    return send(
        request(url)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpRequest.Builder request(String url) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/json");
    headers.forEach(b::header);
    return b;
  }

  private Answer send(HttpRequest request) {
    pause();
    // the timeout covers the whole answer, body included, and the body stops at its limit
    java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> call = null;
    try {
      call = client().sendAsync(request, BoundedBody.upTo(MAX_BODY));
      HttpResponse<byte[]> r = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return answer(r.statusCode(), r.headers()::firstValue, r.body());
    } catch (TimeoutException e) {
      call.cancel(true);
      return new Answer.Failed("no whole answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof HttpTimeoutException) {
        return new Answer.Failed("no answer within " + timeout.toSeconds() + " s");
      }
      return new Answer.Failed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
    } catch (IllegalArgumentException e) {
      return new Answer.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      if (call != null) {
        call.cancel(true);
      }
      Thread.currentThread().interrupt();
      return new Answer.Failed("interrupted");
    } finally {
      lastCall = System.nanoTime();
    }
  }

  interface Headers {
    Optional<String> get(String name);
  }

  Answer answer(int status, Headers h, byte[] body) {
    Instant now = clock.instant();
    Optional<String> remaining = h.get("X-RateLimit-Remaining");
    Instant reset =
        h.get("X-RateLimit-Reset")
            .map(SignalHttp::epochSeconds)
            .map(r -> atMostADay(r, now))
            .orElse(null);
    if ((status == 403 || status == 429) && remaining.filter("0"::equals).isPresent()) {
      return new Answer.Limited(
          reset == null ? now.plus(Duration.ofHours(1)) : reset,
          "rate limit reached (HTTP " + status + "), resets " + reset);
    }
    if (status == 429 || (status == 403 && h.get("Retry-After").isPresent())) {
      Duration wait = h.get("Retry-After").map(v -> retryAfter(v, now)).orElse(null);
      return new Answer.Limited(
          now.plus(wait == null ? Duration.ofMinutes(5) : wait),
          "HTTP " + status + ", Retry-After " + h.get("Retry-After").orElse("(none)"));
    }
    Instant spent =
        remaining.filter("0"::equals).isPresent()
            ? (reset == null ? now.plus(Duration.ofHours(1)) : reset)
            : null;
    return switch (status) {
      case 200 -> new Answer.Body(body, h.get("ETag").orElse(null), spent);
      case 304 -> new Answer.NotModified(spent);
      case 404 -> new Answer.NotFound();
      default -> new Answer.Failed("HTTP " + status);
    };
  }

  /**
   * A reset further ahead than a day is taken as a day: a wrong clock cannot switch a source off.
   */
  private static Instant atMostADay(Instant reset, Instant now) {
    Instant day = now.plus(Duration.ofDays(1));
    return reset.isAfter(day) ? day : reset;
  }

  private static Instant epochSeconds(String v) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(v.strip()));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return null;
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when it is neither. */
  static Duration retryAfter(String value, Instant now) {
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Math.min(Long.parseLong(v), 86_400)));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isBefore(now) ? Duration.ZERO : Duration.between(now, at);
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  /** Waits out the pace since the last call (real time: politeness, not the injected clock). */
  private void pause() {
    long left = pace.toNanos() - (System.nanoTime() - lastCall);
    if (lastCall == 0 || left <= 0) {
      return;
    }
    try {
      Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
