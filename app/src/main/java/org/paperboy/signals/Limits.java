package org.paperboy.signals;

import java.time.Clock;
import java.time.Instant;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * Whether a source may be called now: a rate limit stops it until the time the source named. The
 * time is kept in {@code signal_limits} too, so that the next process (a cron run of {@code signals
 * fetch}, a restarted server, another instance) waits for it as well.
 */
final class Limits {
  private final Database db;
  private final String source;
  private final Clock clock;
  private volatile Instant until = Instant.EPOCH;
  private volatile boolean stopped;

  Limits(Database db, String source, Clock clock) {
    this.db = db;
    this.source = source;
    this.clock = clock;
  }

  /** Starts a round: a limit that has passed is forgotten. */
  void startRound() {
    Instant stored =
        db.read(
                c ->
                    Sql.one(
                        c,
                        "SELECT until FROM signal_limits WHERE source = ?",
                        r -> Instant.parse(r.getString(1)),
                        source))
            .orElse(Instant.EPOCH);
    if (stored.isAfter(until)) {
      until = stored;
    }
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
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO signal_limits (source, until) VALUES (?, ?)"
                    + " ON CONFLICT (source) DO UPDATE SET until = excluded.until",
                source,
                Observations.at(l.until())));
    tally.limited(l.why() + "; going on after " + l.until());
  }
}
