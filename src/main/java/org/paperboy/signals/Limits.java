package org.paperboy.signals;

import java.time.Clock;
import java.time.Instant;

/** Whether a source may be called now: a rate limit stops it until the time the source named. */
final class Limits {
  private final Clock clock;
  private volatile Instant until = Instant.EPOCH;
  private volatile boolean stopped;

  Limits(Clock clock) {
    this.clock = clock;
  }

  /** Starts a round: a limit that has passed is forgotten. */
  void startRound() {
    stopped = clock.instant().isBefore(until);
  }

  boolean open() {
    return !stopped;
  }

  Instant until() {
    return until;
  }

  /** The source said its calls are spent until {@code when}: the next call waits for that. */
  void spent(Instant when, Tally tally) {
    if (when != null) {
      stop(new Answer.Limited(when, "no calls left"), tally);
    }
  }

  void stop(Answer.Limited l, Tally tally) {
    stopped = true;
    until = l.until();
    tally.limited(l.why() + "; going on after " + l.until());
  }
}
