package org.paperboy.channel;

import java.time.Duration;

/** What a receiver's answer means for the post. */
sealed interface Answer {
  /** 2xx: the part is posted. */
  record Posted() implements Answer {}

  /** 429: wait this long (Retry-After, or Slack's and Discord's {@code retry_after}). */
  record Wait(Duration delay) implements Answer {}

  /** 5xx, a timeout, no connection, garbage: try again later with backoff. */
  record Temporary(String why) implements Answer {}

  /**
   * The webhook is gone or revoked (401, 403, 404, 410, Slack's {@code invalid_token} or {@code
   * channel_not_found}): counted towards disabling the channel.
   */
  record Gone(String why) implements Answer {}

  /** Another refusal (400, a redirect): this post is given up, the channel stays. */
  record Refused(String why) implements Answer {}
}
