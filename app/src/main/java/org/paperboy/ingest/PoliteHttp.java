package org.paperboy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An HTTP client that behaves as arXiv asks: it waits between requests, honours {@code 503} with
 * {@code Retry-After}, and retries transient failures (timeouts, resets, other 5xx, 429) with
 * exponential backoff. A 4xx other than 429 fails at once: asking again would not help.
 */
final class PoliteHttp {
  private static final Logger log = LoggerFactory.getLogger(PoliteHttp.class);

  /** No source sends a page larger than this; a larger answer is refused. */
  static final int MAX_BODY = 64 << 20;

  static final String USER_AGENT = "Paperboy/0.1 (self-hosted paper digest; OAI-PMH harvester)";

  /** How long to wait and how often to retry. */
  record Policy(
      Duration delay, int maxAttempts, Duration backoff, Duration maxRetryAfter, long deadline) {
    Policy(Duration delay, int maxAttempts, Duration backoff, Duration maxRetryAfter) {
      this(delay, maxAttempts, backoff, maxRetryAfter, Long.MAX_VALUE);
    }

    static Policy withDelay(Duration delay) {
      return new Policy(delay, 6, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    /** The same, giving up (with {@link HttpFailure}) once {@code System.nanoTime()} passes it. */
    Policy until(long deadlineNanos) {
      return new Policy(delay, maxAttempts, backoff, maxRetryAfter, deadlineNanos);
    }

    /** Nanoseconds left before the deadline. */
    long left() {
      return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
    }
  }

  /** A response that still failed after every retry, or a permanent failure. */
  static final class HttpFailure extends IOException {
    /** The status of a refusal (a 4xx other than 429), 0 otherwise. */
    final int status;

    /** The start of the refusal's body, empty when there was none. */
    final String body;

    HttpFailure(String message) {
      this(message, 0, "");
    }

    HttpFailure(String message, int status, String body) {
      super(message);
      this.status = status;
      this.body = body;
    }
  }

  private final HttpClient client;
  private final Policy policy;
  private final Clock clock;
  private long lastRequestEndNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

  PoliteHttp(Policy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** GETs the URL and returns the body, after the politeness delay and any retries. */
  byte[] get(String url) throws IOException {
    int attempt = 0;
    int waitsForRetryAfter = 0;
    while (true) {
      long politeness =
          policy.delay().minusNanos(System.nanoTime() - lastRequestEndNanos).toMillis();
      inTime(politeness, url);
      pause(politeness);
      attempt++;
      String problem;
      Duration wait = backoff(attempt);
      try {
        HttpResponse<InputStream> response =
            client.send(request(url), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status == 200) {
          try (InputStream body = decoded(response)) {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
              throw new HttpFailure(
                  "an answer larger than " + (MAX_BODY >> 20) + " MB from " + url);
            }
            return bytes;
          } finally {
            lastRequestEndNanos = System.nanoTime();
          }
        }
        byte[] start = errorStart(response);
        if (status == 403 && isRateLimited(start)) {
          status = 429; // Cloudflare's "error code: 1015": a rate limit, whatever the status says
        }
        response.body().close();
        lastRequestEndNanos = System.nanoTime();
        problem = "HTTP " + status + " from " + url;
        if ((status == 503 || status == 429)
            && response.headers().firstValue("Retry-After").isPresent()) {
          Duration retryAfter =
              retryAfter(response.headers().firstValue("Retry-After").get(), clock);
          if (retryAfter != null && waitsForRetryAfter++ < 20) {
            attempt--; // flow control, not a failure
            wait =
                retryAfter.compareTo(policy.maxRetryAfter()) > 0
                    ? policy.maxRetryAfter()
                    : retryAfter;
          }
        } else if (status != 429 && status < 500) {
          throw new HttpFailure(problem, status, new String(start, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        if (e instanceof HttpFailure) {
          throw e;
        }
        lastRequestEndNanos = System.nanoTime();
        problem =
            e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + " for "
                + url;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
      if (attempt >= policy.maxAttempts()) {
        throw new HttpFailure(problem + " (gave up after " + attempt + " attempts)");
      }
      inTime(wait.toMillis(), url);
      log.warn("{}; retrying in {} s", problem, wait.toMillis() / 1000.0);
      pause(wait.toMillis());
    }
  }

  /** Throws when waiting this long would pass the policy's deadline. */
  private void inTime(long waitMillis, String url) throws HttpFailure {
    if (policy.left() <= Math.max(0, waitMillis) * 1_000_000L) {
      throw new HttpFailure("the time limit for asking " + hostOf(url) + " was reached");
    }
  }

  private static String hostOf(String url) {
    String host = URI.create(url).getHost();
    return host == null ? url : host;
  }

  private int rateLimits;

  /**
   * A page that said it was rate limited though its status was fine: waits as after a 429 (with
   * backoff), and gives up after the policy's attempts.
   */
  void rateLimited(String url) throws IOException {
    if (++rateLimits > policy.maxAttempts()) {
      throw new HttpFailure("rate limited by " + url + " " + rateLimits + " times; giving up");
    }
    Duration wait = backoff(rateLimits);
    log.warn("Rate limited by {}; waiting {} s", url, wait.toMillis() / 1000.0);
    pause(wait.toMillis());
  }

  /** Cloudflare's rate limit page: {@code error code: 1015}. */
  static boolean isRateLimited(byte[] body) {
    String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip();
    return start.startsWith("error code: 1015");
  }

  private HttpRequest request(String url) {
    long left = policy.left();
    Duration timeout =
        left < Duration.ofMinutes(5).toNanos() ? Duration.ofNanos(left) : Duration.ofMinutes(5);
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(timeout)
        .header("User-Agent", USER_AGENT)
        .header("Accept-Encoding", "gzip")
        .GET()
        .build();
  }

  /** The first few kilobytes of an error answer's body; none when it cannot be read. */
  private static byte[] errorStart(HttpResponse<InputStream> response) {
    try {
      return decoded(response).readNBytes(4096);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static InputStream decoded(HttpResponse<InputStream> response) throws IOException {
    boolean gzip =
        response
            .headers()
            .firstValue("Content-Encoding")
            .map(v -> v.equalsIgnoreCase("gzip"))
            .orElse(false);
    return gzip ? new GZIPInputStream(response.body()) : response.body();
  }

  private Duration backoff(int attempt) {
    long millis = policy.backoff().toMillis() << Math.min(attempt - 1, 10);
    return Duration.ofMillis(Math.min(millis, Duration.ofMinutes(5).toMillis()));
  }

  /** Reads {@code Retry-After} as seconds or as an HTTP date; null when it is neither. */
  static Duration retryAfter(String value, Clock clock) {
    String v = value.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        long millis = at.toInstant().toEpochMilli() - clock.millis();
        return Duration.ofMillis(Math.max(0, millis));
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }

  private static void pause(long millis) throws IOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
