package org.paperboy.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** The {@code follows} table: who follows which author names. */
final class Follows {
  /** The most names one person follows. */
  static final int MAX_PER_PERSON = 1_000;

  private final Database db;
  private final Clock clock;

  Follows(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** True when the follow is new; one follow per person and normalised name. */
  boolean follow(String userId, String name, String key) {
    return db.inTransaction(
        c -> {
          if (follows(c, userId, key)) {
            return false;
          }
          if (Sql.count(c, "SELECT COUNT(*) FROM follows WHERE user_id = ?", userId)
              >= MAX_PER_PERSON) {
            throw new IllegalArgumentException(
                "You follow " + MAX_PER_PERSON + " authors already: unfollow some first.");
          }
          Sql.update(
              c,
              "INSERT INTO follows (user_id, name_key, name, created_at) VALUES (?, ?, ?, ?)",
              userId,
              key,
              name,
              clock.instant().toString());
          return true;
        });
  }

  boolean unfollow(String userId, String key) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c, "DELETE FROM follows WHERE user_id = ? AND name_key = ?", userId, key))
        > 0;
  }

  List<Followed> list(String userId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT name, name_key FROM follows WHERE user_id = ? ORDER BY name_key",
                r -> new Followed(r.getString(1), r.getString(2)),
                userId));
  }

  boolean follows(String userId, String key) {
    return db.read(c -> follows(c, userId, key));
  }

  private static boolean follows(Connection c, String userId, String key) throws SQLException {
    return Sql.count(
            c, "SELECT COUNT(*) FROM follows WHERE user_id = ? AND name_key = ?", userId, key)
        > 0;
  }
}
