package org.paperboy.signals;

import java.time.Duration;
import java.time.Instant;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * The one fetch round at a time, across every instance on one database: a round starts only by
 * claiming the row in {@code signal_rounds}, an UPDATE that one claimant wins. A claim lapses after
 * {@link #HOLD}, so a crashed instance does not stop the others for good.
 */
final class Lease {
  static final Duration HOLD = Duration.ofMinutes(30);

  private final Database db;

  Lease(Database db) {
    this.db = db;
  }

  /**
   * Claims the round for {@code holder} unless another holds it, or one finished after {@code
   * finishedBefore} (null: however recent).
   */
  boolean claim(String holder, Instant now, Instant finishedBefore) {
    String free =
        "UPDATE signal_rounds SET holder = ?, claimed_until = ?"
            + " WHERE id = 1 AND (claimed_until IS NULL OR claimed_until < ?)";
    String n = Observations.at(now);
    String until = Observations.at(now.plus(HOLD));
    int won =
        finishedBefore == null
            ? db.inTransaction(c -> Sql.update(c, free, holder, until, n))
            : db.inTransaction(
                c ->
                    Sql.update(
                        c,
                        free + " AND (finished_at IS NULL OR finished_at < ?)",
                        holder,
                        until,
                        n,
                        Observations.at(finishedBefore)));
    return won == 1;
  }

  void finish(String holder, Instant now) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE signal_rounds SET holder = NULL, claimed_until = NULL, finished_at = ?"
                    + " WHERE id = 1 AND holder = ?",
                Observations.at(now),
                holder));
  }

  /** When the last round finished, or null. */
  Instant lastFinished() {
    return db.read(
        c ->
            Sql.one(c, "SELECT finished_at FROM signal_rounds WHERE id = 1", rs -> rs.getString(1))
                .map(Instant::parse)
                .orElse(null));
  }
}
