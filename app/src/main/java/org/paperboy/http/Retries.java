package org.paperboy.http;

import java.time.Duration;

/**
 * How often and how long {@link OutsideHttp#fetch} tries: {@code attempts} tries, waiting {@code
 * firstWait} after the first failure and doubling up to {@code maxWait}; a 429 or 503 with {@code
 * Retry-After} waits what it says (at most {@code maxRetryAfter}) without using up a try, unless
 * {@code maxRetryAfter} is null (the header is then ignored). Nothing waits past {@code deadline}
 * ({@code System.nanoTime()}, {@link Long#MAX_VALUE} for none).
 */
public record Retries(
    int attempts, Duration firstWait, Duration maxWait, Duration maxRetryAfter, long deadline) {
  /** How many {@code Retry-After} waits one fetch honours before counting them as failures. */
  static final int MAX_RETRY_AFTER_WAITS = 20;

  public Retries(int attempts, Duration firstWait, Duration maxWait, Duration maxRetryAfter) {
    this(attempts, firstWait, maxWait, maxRetryAfter, Long.MAX_VALUE);
  }

  /** The same, giving up once {@code System.nanoTime()} passes {@code deadlineNanos}. */
  public Retries until(long deadlineNanos) {
    return new Retries(attempts, firstWait, maxWait, maxRetryAfter, deadlineNanos);
  }

  /** Nanoseconds left before the deadline. */
  long left() {
    return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
  }

  /** The wait after failed try number {@code failures}. */
  Duration backoff(int failures) {
    long millis = firstWait.toMillis() << Math.min(failures - 1, 16);
    return Duration.ofMillis(Math.min(millis, maxWait.toMillis()));
  }
}
