package org.paperboy.digest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.db.Database;
import org.paperboy.db.DatabaseException;
import org.paperboy.db.Sql;

/**
 * Claims the outbox's due rows for one sender for a while (on PostgreSQL with {@code FOR UPDATE
 * SKIP LOCKED}, so that two senders never take the same row), taking over a claim whose lease ran
 * out or whose process on this host is gone.
 */
final class OutboxClaims {
  private final Database db;
  private final String owner;

  /**
   * @param owner who claims: host, process and a random part (see {@link Outbox#owner})
   */
  OutboxClaims(Database db, String owner) {
    this.db = db;
    this.owner = owner;
  }

  /** Claims up to {@code limit} rows that are due and nobody holds. */
  List<Outbox.Row> claim(Instant now, int limit) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tryClaim(now, limit);
      } catch (DatabaseException e) {
        // SQLite refuses at once to turn a reading transaction into a writing one while another
        // connection writes (waiting could deadlock): try the whole claim again
        if (attempt == 100 || !String.valueOf(e.getMessage()).contains("SQLITE_BUSY")) {
          throw e;
        }
        try {
          Thread.sleep(10L * Math.min(attempt, 10));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private List<Outbox.Row> tryClaim(Instant now, int limit) {
    return db.inTransaction(
        c -> {
          String lock = db.kind() == Database.Kind.POSTGRES ? " FOR UPDATE SKIP LOCKED" : "";
          List<String[]> candidates =
              Sql.list(
                  c,
                  "SELECT subscriber_id, digest_date, claimed_by, claimed_until FROM digests"
                      + " WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?"
                      + " ORDER BY next_attempt_at, subscriber_id LIMIT ?"
                      + lock,
                  rs ->
                      new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                      },
                  now.toString(),
                  limit * 4);
          List<Outbox.Row> claimed = new ArrayList<>();
          for (String[] k : candidates) {
            if (claimed.size() == limit) {
              break;
            }
            if (k[2] != null && !claimable(k[2], k[3], now)) {
              continue;
            }
            int won =
                Sql.update(
                    c,
                    "UPDATE digests SET claimed_by = ?, claimed_until = ?"
                        + " WHERE subscriber_id = ? AND digest_date = ?"
                        + " AND status IN ('pending', 'sending')"
                        + " AND (claimed_by IS NULL OR claimed_by = ?)",
                    owner,
                    now.plus(Outbox.LEASE).toString(),
                    k[0],
                    k[1],
                    k[2] == null ? owner : k[2]);
            if (won == 1) {
              claimed.add(row(c, k[0], k[1]));
            }
          }
          return claimed;
        });
  }

  /** A claim may be taken over when its lease ran out or its process on this host is gone. */
  private boolean claimable(String claimedBy, String claimedUntil, Instant now) {
    if (claimedUntil == null || Instant.parse(claimedUntil).isBefore(now)) {
      return true;
    }
    String[] parts = claimedBy.split("/");
    String myHost = owner.split("/")[0];
    if (parts.length == 3 && parts[0].equals(myHost)) {
      try {
        return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  private static Outbox.Row row(Connection c, String subscriberId, String date)
      throws SQLException {
    return Sql.one(
            c,
            "SELECT covers_from, covers_until, attempts FROM digests"
                + " WHERE subscriber_id = ? AND digest_date = ?",
            rs ->
                new Outbox.Row(
                    subscriberId,
                    LocalDate.parse(date),
                    Instant.parse(rs.getString(1)),
                    Instant.parse(rs.getString(2)),
                    rs.getInt(3)),
            subscriberId,
            date)
        .orElseThrow();
  }
}
