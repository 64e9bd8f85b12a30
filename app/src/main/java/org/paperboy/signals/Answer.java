package org.paperboy.signals;

import java.time.Instant;

/** What one call to a source came to. */
sealed interface Answer {
  /**
   * A 200 with its body and its ETag; {@code spentUntil} is set when the source said no calls are
   * left ({@code X-RateLimit-Remaining: 0}) and until when.
   */
  record Body(byte[] bytes, String etag, Instant spentUntil) implements Answer {}

  /** A 304: what was known is still true. */
  record NotModified(Instant spentUntil) implements Answer {}

  /** A 404: the source does not know this paper or repository. */
  record NotFound() implements Answer {}

  /** A rate limit (429, or GitHub's 403 with no calls left): nothing more until {@code until}. */
  record Limited(Instant until, String why) implements Answer {}

  /** A timeout, a reset, a 5xx or another status: skipped this round, asked again the next. */
  record Failed(String why) implements Answer {}
}
