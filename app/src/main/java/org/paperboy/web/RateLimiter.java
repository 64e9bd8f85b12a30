package org.paperboy.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (an address, a person): {@code burst} at once, refilled evenly over {@code
 * per}. In memory, per process: with several instances each allows its own share.
 */
final class RateLimiter {
  private record Bucket(double tokens, long atNanos) {}

  private static final int MAX_KEYS = 100_000;
  private final int burst;
  private final double perNanos;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** How many requests one client may make over a span, as a named policy. */
  record Limit(int burst, Duration per) {}

  /** Sign-in and subscribe forms: 30 a client every 10 minutes (mail has limits of its own). */
  static final Limit FORMS = new Limit(30, Duration.ofMinutes(10));

  /** Votes: 60 a client a minute. */
  static final Limit VOTES = new Limit(60, Duration.ofMinutes(1));

  /** Library marks (save, not interested): 120 a client a minute. */
  static final Limit MARKS = new Limit(120, Duration.ofMinutes(1));

  RateLimiter(Limit limit, Clock clock) {
    this(limit.burst(), limit.per(), clock);
  }

  RateLimiter(int burst, Duration per, Clock clock) {
    this.burst = burst;
    this.perNanos = (double) per.toNanos() / burst;
    this.clock = clock;
  }

  /** Takes a token for the key, or throws 429 saying when the next one comes. */
  void acquire(String key) {
    long now = clock.millis() * 1_000_000L;
    if (buckets.size() > MAX_KEYS) {
      buckets.entrySet().removeIf(e -> refill(e.getValue(), now) >= burst);
    }
    double[] waitNanos = {0};
    buckets.compute(
        key,
        (k, b) -> {
          double tokens = b == null ? burst : refill(b, now);
          if (tokens >= 1) {
            return new Bucket(tokens - 1, now);
          }
          waitNanos[0] = (1 - tokens) * perNanos;
          return new Bucket(tokens, now);
        });
    if (waitNanos[0] > 0) {
      throw HttpError.tooManyRequests(Math.max(1, (long) Math.ceil(waitNanos[0] / 1e9)));
    }
  }

  private double refill(Bucket b, long now) {
    return Math.min(burst, b.tokens() + (now - b.atNanos()) / perNanos);
  }
}
