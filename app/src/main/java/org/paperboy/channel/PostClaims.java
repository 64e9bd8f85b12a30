package org.paperboy.channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.db.Database;
import org.paperboy.db.DatabaseException;
import org.paperboy.db.Sql;

/**
 * Claims due channel posts for one sender for a while, as the digest outbox does: on PostgreSQL
 * with {@code FOR UPDATE SKIP LOCKED}, so that two senders never take the same row; a claim whose
 * lease ran out, or whose process on this host is gone, is taken over.
 */
final class PostClaims {
  private final Database db;
  private final String owner;

  PostClaims(Database db, String owner) {
    this.db = db;
    this.owner = owner;
  }

  List<PostOutbox.Row> claim(Instant now, int limit) {
    for (int attempt = 1; ; attempt++) {
      try {
        return tryClaim(now, limit);
      } catch (DatabaseException e) {
        if (attempt == 100 || !Database.isBusy(e)) {
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

  private List<PostOutbox.Row> tryClaim(Instant now, int limit) {
    return db.inTransaction(
        c -> {
          String lock = db.kind() == Database.Kind.POSTGRES ? " FOR UPDATE SKIP LOCKED" : "";
          List<String[]> candidates =
              Sql.list(
                  c,
                  "SELECT channel_id, post_date, claimed_by, claimed_until FROM channel_posts"
                      + " WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?"
                      + " ORDER BY next_attempt_at, channel_id LIMIT ?"
                      + lock,
                  rs ->
                      new String[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                      },
                  now.toString(),
                  limit * 4);
          List<PostOutbox.Row> claimed = new ArrayList<>();
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
                    "UPDATE channel_posts SET claimed_by = ?, claimed_until = ?"
                        + " WHERE channel_id = ? AND post_date = ?"
                        + " AND status IN ('pending', 'sending')"
                        + " AND (claimed_by IS NULL OR claimed_by = ?)",
                    owner,
                    now.plus(PostOutbox.LEASE).toString(),
                    k[0],
                    k[1],
                    k[2] == null ? owner : k[2]);
            if (won == 1) {
              claimed.add(
                  Sql.one(
                          c,
                          "SELECT covers_from, covers_until, attempts, parts_sent, bodies"
                              + " FROM channel_posts WHERE channel_id = ? AND post_date = ?",
                          rs ->
                              new PostOutbox.Row(
                                  k[0],
                                  LocalDate.parse(k[1]),
                                  Instant.parse(rs.getString(1)),
                                  Instant.parse(rs.getString(2)),
                                  rs.getInt(3),
                                  rs.getInt(4),
                                  rs.getString(5)),
                          k[0],
                          k[1])
                      .orElseThrow());
            }
          }
          return claimed;
        });
  }

  private boolean claimable(String claimedBy, String claimedUntil, Instant now) {
    if (claimedUntil == null || Instant.parse(claimedUntil).isBefore(now)) {
      return true;
    }
    String[] parts = claimedBy.split("/");
    if (parts.length == 3 && parts[0].equals(owner.split("/")[0])) {
      try {
        return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }
}
