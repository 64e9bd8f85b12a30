package org.paperboy.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls that are tried again: timeouts, resets, 5xx and 429 (and Cloudflare's 403 "error code:
 * 1015", a rate limit whatever its status says) wait with exponential backoff, or what {@code
 * Retry-After} asks, and are asked again; any other 4xx fails at once (asking again would not
 * help), as does an answer past the size limit.
 */
public final class Retrying {
  private static final Logger log = LoggerFactory.getLogger(Retrying.class);

  private final OutsideHttp http;
  private final Retries policy;
  private final String[] headers;
  private int rateLimits;

  Retrying(OutsideHttp http, Retries policy, String... headers) {
    this.http = http;
    this.policy = policy;
    this.headers = headers;
  }

  /** GETs the URL (with this client's headers) and returns the body of its 200. */
  public byte[] get(String url) throws HttpFailure {
    return fetch(
            url,
            () -> {
              HttpRequest.Builder b = http.request(url);
              for (int i = 0; i + 1 < headers.length; i += 2) {
                b.header(headers[i], headers[i + 1]);
              }
              return b.GET();
            })
        .body();
  }

  /**
   * The 200 the request (built afresh for each try) came to, after the polite gap and any retries;
   * {@code url} names it in messages.
   */
  public Reply fetch(String url, Supplier<HttpRequest.Builder> request) throws HttpFailure {
    int attempt = 0;
    int retryAfterWaits = 0;
    while (true) {
      inTime(http.paceLeft(), url);
      attempt++;
      String problem;
      Duration wait = policy.backoff(attempt);
      IOException cause = null;
      Reply reply = null;
      try {
        reply = http.send(request.get().timeout(timeout()).build());
      } catch (IOException e) {
        if (OutsideHttp.tooLarge(e)) {
          throw new HttpFailure(
              "an answer larger than " + (http.settings.maxBody() >> 20) + " MB from " + url,
              e,
              true,
              attempt);
        }
        if (e instanceof InterruptedIOException) {
          throw new HttpFailure("interrupted", e, true, attempt);
        }
        cause = e;
      }
      if (reply != null) {
        int status = reply.status();
        if (status == 200) {
          return reply;
        }
        if (status == 403 && isRateLimited(reply.body())) {
          status = 429;
        }
        problem = "HTTP " + status + " from " + url;
        String header = reply.header("Retry-After").orElse(null);
        if ((status == 503 || status == 429) && header != null) {
          Duration asked =
              policy.maxRetryAfter() == null
                  ? null
                  : RetryAfter.parse(header, http.clock.instant(), policy.maxRetryAfter());
          if (asked != null && retryAfterWaits++ < Retries.MAX_RETRY_AFTER_WAITS) {
            attempt--; // flow control, not a failure
            wait = asked;
          }
        } else if (status != 429 && status < 500) {
          throw new HttpFailure(problem, reply, true, attempt);
        }
        if (attempt >= policy.attempts()) {
          throw new HttpFailure(
              problem + " (gave up after " + attempt + " attempts)", reply, false, attempt);
        }
      } else {
        problem =
            cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + " for "
                + url;
        if (attempt >= policy.attempts()) {
          throw new HttpFailure(
              problem + " (gave up after " + attempt + " attempts)", cause, false, attempt);
        }
      }
      inTime(wait.toMillis(), url);
      log.warn("{}; retrying in {} s", problem, wait.toMillis() / 1000.0);
      pause(wait.toMillis());
    }
  }

  /**
   * A page that said it was rate limited though its status was fine: waits as after a 429 (with
   * backoff), and gives up after the policy's attempts.
   */
  public void rateLimited(String url) throws HttpFailure {
    if (++rateLimits > policy.attempts()) {
      throw new HttpFailure(
          "rate limited by " + url + " " + rateLimits + " times; giving up",
          (IOException) null,
          false,
          rateLimits);
    }
    Duration wait = policy.backoff(rateLimits);
    log.warn("Rate limited by {}; waiting {} s", url, wait.toMillis() / 1000.0);
    pause(wait.toMillis());
  }

  /** Cloudflare's rate limit page: {@code error code: 1015}. */
  public static boolean isRateLimited(byte[] body) {
    String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).strip();
    return start.startsWith("error code: 1015");
  }

  /** The client's timeout, or less when the deadline is nearer. */
  private Duration timeout() {
    long left = policy.left();
    Duration most = http.settings.timeout();
    return left < most.toNanos() ? Duration.ofNanos(Math.max(1, left)) : most;
  }

  /** Throws when waiting this long would pass the policy's deadline. */
  private void inTime(long waitMillis, String url) throws HttpFailure {
    if (policy.left() <= Math.max(0, waitMillis) * 1_000_000L) {
      String host = URI.create(url).getHost();
      throw new HttpFailure(
          "the time limit for asking " + (host == null ? url : host) + " was reached",
          (IOException) null,
          false,
          0);
    }
  }

  private static void pause(long millis) throws HttpFailure {
    try {
      OutsideHttp.pause(millis);
    } catch (InterruptedIOException e) {
      throw new HttpFailure("interrupted", e, true, 0);
    }
  }
}
