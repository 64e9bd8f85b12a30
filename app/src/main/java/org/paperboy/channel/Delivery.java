package org.paperboy.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one claimed post, part by part, through the outbox: {@code sending} before each request,
 * the part counted after its 2xx. A short 429 is waited out here; a long one, a 5xx or a timeout
 * puts the post back for later; a refusal ends it. Nothing here logs a webhook address.
 */
final class Delivery {
  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  /** The longest Retry-After waited for in the round; a longer one is retried by a later run. */
  static final Duration MAX_INLINE_WAIT = Duration.ofSeconds(30);

  static final int MAX_INLINE_WAITS = 3;

  /** What happened to one post. */
  enum Outcome {
    SENT,
    SKIPPED,
    RETRY,
    FAILED
  }

  /** A claimed post with its channel and the bodies to send (composed, or stored earlier). */
  record Ready(PostOutbox.Row row, Channel channel, List<String> bodies, int papers) {}

  private final PostOutbox outbox;
  private final Sender sender;
  private final Refusals refusals;
  private final Clock clock;

  Delivery(PostOutbox outbox, Sender sender, Refusals refusals, Clock clock) {
    this.outbox = outbox;
    this.sender = sender;
    this.refusals = refusals;
    this.clock = clock;
  }

  Outcome deliver(Ready r) {
    if (r.channel() == null || !r.channel().state().active() || r.bodies().isEmpty()) {
      outbox.skipped(
          r.row(),
          clock.instant(),
          r.channel() == null
              ? "channel removed"
              : r.bodies().isEmpty() ? "nothing new" : "channel disabled");
      return Outcome.SKIPPED;
    }
    String stored = json(r.bodies());
    int waits = 0;
    for (int part = r.row().partsSent(); part < r.bodies().size(); ) {
      if (!outbox.sending(r.row(), stored, r.papers(), clock.instant())) {
        return Outcome.SKIPPED; // another sender took this post over: it is theirs now
      }
      String delivery = r.channel().id() + ":" + r.row().date() + ":" + (part + 1);
      Answer a = sender.post(r.channel(), r.bodies().get(part), delivery, clock.instant());
      switch (a) {
        case Answer.Posted p -> {
          outbox.partSent(r.row(), part);
          part++;
        }
        case Answer.Wait w -> {
          if (w.delay().compareTo(MAX_INLINE_WAIT) > 0 || ++waits > MAX_INLINE_WAITS) {
            outbox.retry(r.row(), clock.instant(), "rate limited (429)", w.delay());
            return Outcome.RETRY;
          }
          sleep(w.delay());
        }
        case Answer.Temporary t -> {
          log.warn(
              "Channel {} ({}) will be retried: {}",
              r.channel().id(),
              r.channel().kind().key(),
              t.why());
          outbox.retry(r.row(), clock.instant(), t.why(), null);
          return Outcome.RETRY;
        }
        case Answer.Gone g -> {
          log.warn(
              "Channel {} ({}) refused: {}", r.channel().id(), r.channel().kind().key(), g.why());
          outbox.failed(r.row(), clock.instant(), g.why());
          refusals.gone(r.channel(), g.why(), clock.instant());
          return Outcome.FAILED;
        }
        case Answer.Refused f -> {
          log.warn(
              "Channel {} ({}) refused a post: {}",
              r.channel().id(),
              r.channel().kind().key(),
              f.why());
          outbox.failed(r.row(), clock.instant(), f.why());
          return Outcome.FAILED;
        }
      }
    }
    outbox.sent(r.row(), clock.instant());
    return Outcome.SENT;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(Math.max(1, d.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting out a 429", e);
    }
  }

  static String json(List<String> bodies) {
    try {
      return Bodies.JSON.writeValueAsString(bodies);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> bodies(String json) {
    try {
      return Bodies.JSON.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored post is not a JSON list", e);
    }
  }
}
