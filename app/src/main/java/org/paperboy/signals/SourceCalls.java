package org.paperboy.signals;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.paperboy.http.OutsideHttp;
import org.paperboy.http.Reply;
import org.paperboy.http.RetryAfter;

/**
 * Calls to one source through {@link OutsideHttp}: one at a time, {@code pace} apart, each within
 * {@code timeout}, at most 16 MB read. It never retries by itself: whatever failed is asked again
 * in the next round. Rate limits are read from {@code Retry-After} (429) and GitHub's {@code
 * X-RateLimit-Remaining} / {@code X-RateLimit-Reset}.
 */
final class SourceCalls {
  static final String USER_AGENT = "Paperboy/0.1 (self-hosted paper digest; trending signals)";
  private static final int MAX_BODY = 16 * 1024 * 1024;

  private final OutsideHttp http;
  private final Duration timeout;
  private final Clock clock;
  private final Map<String, String> headers;

  SourceCalls(Duration pace, Duration timeout, Clock clock, Map<String, String> headers) {
    this.http =
        new OutsideHttp(
            new OutsideHttp.Settings(
                USER_AGENT, timeout, timeout, pace, MAX_BODY, OutsideHttp.Mode.FOLLOW),
            clock);
    this.timeout = timeout;
    this.clock = clock;
    this.headers = headers;
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
    HttpRequest.Builder b = http.request(url).header("Accept", "application/json");
    headers.forEach(b::header);
    return b;
  }

  private Answer send(HttpRequest request) {
    try {
      return answer(http.send(request));
    } catch (OutsideHttp.NoWholeAnswer e) {
      return new Answer.Failed(e.getMessage());
    } catch (HttpTimeoutException e) {
      return new Answer.Failed("no answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      return new Answer.Failed(
          e instanceof InterruptedIOException
              ? "interrupted"
              : OutsideHttp.tooLarge(e)
                  ? e.getMessage()
                  : e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new Answer.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  Answer answer(Reply r) {
    Instant now = clock.instant();
    int status = r.status();
    Instant reset = r.budgetReset(now);
    if ((status == 403 || status == 429) && r.budgetSpent()) {
      return new Answer.Limited(
          reset == null ? now.plus(Duration.ofHours(1)) : reset,
          "rate limit reached (HTTP " + status + "), resets " + reset);
    }
    if (status == 429 || (status == 403 && r.header("Retry-After").isPresent())) {
      Duration wait =
          r.header("Retry-After")
              .map(v -> RetryAfter.parse(v, now, Duration.ofDays(1)))
              .orElse(null);
      return new Answer.Limited(
          now.plus(wait == null ? Duration.ofMinutes(5) : wait),
          "HTTP " + status + ", Retry-After " + r.header("Retry-After").orElse("(none)"));
    }
    Instant spent =
        r.budgetSpent() ? (reset == null ? now.plus(Duration.ofHours(1)) : reset) : null;
    return switch (status) {
      case 200 -> new Answer.Body(r.body(), r.header("ETag").orElse(null), spent);
      case 304 -> new Answer.NotModified(spent);
      case 404 -> new Answer.NotFound();
      default -> new Answer.Failed("HTTP " + status);
    };
  }
}
