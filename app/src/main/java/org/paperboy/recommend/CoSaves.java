package org.paperboy.recommend;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * The instance's co-save model, kept in memory and rebuilt from every reader's library when the
 * libraries changed: saved papers and upvotes count as saves, dismissals never; the readers who
 * opted out are left out, and a deleted account's rows are gone with it, so it leaves the model at
 * the next update. {@link #refresh} runs from the server's jobs every {@link #EVERY}; the first use
 * builds it.
 */
final class CoSaves {
  static final java.time.Duration EVERY = java.time.Duration.ofMinutes(5);

  private static final String SAVES =
      "SELECT user_id, paper_id, created_at FROM library WHERE state = 'saved'"
          + " AND user_id NOT IN (SELECT user_id FROM cosave_optout)"
          + " UNION ALL SELECT user_id, paper_id, created_at FROM votes"
          + " WHERE user_id NOT IN (SELECT user_id FROM cosave_optout)"
          + " ORDER BY 1, 3 DESC, 2";

  /** Changes whenever a save, vote, opt-out or account is added or removed, or a mark changes. */
  private static final String FINGERPRINT =
      "SELECT (SELECT COUNT(*) FROM library WHERE state = 'saved'),"
          + " (SELECT MAX(created_at) FROM library),"
          + " (SELECT COUNT(*) FROM library),"
          + " (SELECT COUNT(*) FROM votes), (SELECT MAX(created_at) FROM votes),"
          + " (SELECT COUNT(*) FROM cosave_optout), (SELECT MAX(created_at) FROM cosave_optout),"
          + " (SELECT COUNT(*) FROM users)";

  private final Database db;
  private final int minReaders;
  private volatile CoSaveModel model;
  private String builtFrom;

  CoSaves(Database db, int minReaders) {
    this.db = db;
    this.minReaders = minReaders;
  }

  int minReaders() {
    return minReaders;
  }

  /** The model, built now if it never was. */
  CoSaveModel model() {
    CoSaveModel m = model;
    if (m == null) {
      refresh();
      m = model;
    }
    return m;
  }

  /** Rebuilds the model when the libraries changed since it was built; true when it did. */
  synchronized boolean refresh() {
    String now = fingerprint();
    if (model != null && now.equals(builtFrom)) {
      return false;
    }
    model = CoSaveModel.build(libraries(), minReaders);
    builtFrom = now;
    return true;
  }

  private String fingerprint() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(FINGERPRINT);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            List<String> parts = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
              parts.add(String.valueOf(rs.getString(i)));
            }
            return String.join("|", parts);
          }
        });
  }

  /** Every reader's saves, newest first, a reader after another. */
  private List<List<String>> libraries() {
    return db.readStreaming(
        c -> {
          List<List<String>> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(SAVES)) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
              String reader = null;
              Set<String> saved = new LinkedHashSet<>();
              while (rs.next()) {
                if (!rs.getString(1).equals(reader)) {
                  add(out, saved);
                  reader = rs.getString(1);
                  saved = new LinkedHashSet<>();
                }
                if (saved.size() < CoSaveModel.MAX_PER_READER) {
                  saved.add(rs.getString(2));
                }
              }
              add(out, saved);
            }
          }
          return out;
        });
  }

  private static void add(List<List<String>> out, Set<String> saved) {
    if (!saved.isEmpty()) {
      out.add(List.copyOf(saved));
    }
  }

  boolean optedOut(String userId) {
    return db.read(
            c -> Sql.count(c, "SELECT COUNT(*) FROM cosave_optout WHERE user_id = ?", userId))
        > 0;
  }

  void optOut(String userId, boolean out, Clock clock) {
    db.inTransaction(
        c ->
            out
                ? Sql.update(
                    c,
                    "INSERT INTO cosave_optout (user_id, created_at) VALUES (?, ?)"
                        + " ON CONFLICT (user_id) DO NOTHING",
                    userId,
                    clock.instant().toString())
                : Sql.update(c, "DELETE FROM cosave_optout WHERE user_id = ?", userId));
  }
}
