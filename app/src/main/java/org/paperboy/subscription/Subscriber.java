package org.paperboy.subscription;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber to the digest.
 *
 * @param coveredUntil papers first seen up to this instant were in a digest already; null before
 *     the first
 * @param failures permanent delivery failures in a row
 */
public record Subscriber(
    String id,
    String email,
    Status status,
    Settings settings,
    List<Topic> topics,
    Instant createdAt,
    Instant coveredUntil,
    int failures) {

  public enum Status {
    /** Asked to subscribe, has not clicked the confirmation link: gets nothing. */
    PENDING,
    ACTIVE,
    /** Paused by the subscriber, or after repeated permanent delivery failures. */
    PAUSED
  }

  public Subscriber {
    topics = List.copyOf(topics);
  }

  /** The same subscriber with these topics. */
  Subscriber withTopics(List<Topic> topics) {
    return new Subscriber(id, email, status, settings, topics, createdAt, coveredUntil, failures);
  }
}
