package org.paperboy.ingest;

import java.time.Clock;
import java.time.Duration;
import org.paperboy.http.OutsideHttp;
import org.paperboy.http.Retries;
import org.paperboy.http.Retrying;

/**
 * How ingest asks arXiv, OAI-PMH repositories, bioRxiv and OpenReview: as arXiv asks, with a delay
 * between requests, {@code Retry-After} honoured and transient failures retried with backoff.
 */
final class Polite {
  static final String USER_AGENT = "Paperboy/0.1 (self-hosted paper digest; OAI-PMH harvester)";

  /** No source sends a page larger than this; a larger answer is refused. */
  static final int MAX_BODY = 64 << 20;

  /** Six tries, waits from 5 s doubling to 5 min, a {@code Retry-After} up to 10 min. */
  static final Retries RETRIES =
      new Retries(6, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(10));

  private Polite() {}

  /** A client waiting {@code delay} between requests, retrying by {@code retries}. */
  static Retrying http(Duration delay, Retries retries, Clock clock) {
    OutsideHttp.Settings settings =
        new OutsideHttp.Settings(
            USER_AGENT,
            Duration.ofSeconds(30),
            Duration.ofMinutes(5),
            delay,
            MAX_BODY,
            OutsideHttp.Mode.FOLLOW);
    return new OutsideHttp(settings, clock).retrying(retries, "Accept-Encoding", "gzip");
  }
}
