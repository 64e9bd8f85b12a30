package org.paperboy.trending;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Votes and views in the database. */
final class Signals {
  /** One paper's date and signals, as trending reads them. */
  record Row(String id, LocalDate published, int votes, long views) {}

  private final Database db;

  Signals(Database db) {
    this.db = db;
  }

  List<Row> publishedBetween(LocalDate from, LocalDate to) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT p.id, p.published, COALESCE(s.votes, 0), COALESCE(s.views, 0)"
                    + " FROM papers p LEFT JOIN paper_signals s ON s.paper_id = p.id"
                    + " WHERE p.published >= ? AND p.published <= ?",
                Signals::row,
                from.toString(),
                to.toString()));
  }

  /** Ids of the papers of a span, most voted first, then newest. */
  List<Row> mostVoted(LocalDate from, LocalDate to, int offset, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT p.id, p.published, COALESCE(s.votes, 0) AS v, COALESCE(s.views, 0)"
                    + " FROM papers p LEFT JOIN paper_signals s ON s.paper_id = p.id"
                    + " WHERE p.published >= ? AND p.published <= ?"
                    + " ORDER BY v DESC, p.published DESC, p.id DESC LIMIT ? OFFSET ?",
                Signals::row,
                from.toString(),
                to.toString(),
                limit,
                offset));
  }

  long countBetween(LocalDate from, LocalDate to) {
    return db.read(
        c ->
            Sql.count(
                c,
                "SELECT COUNT(*) FROM papers WHERE published >= ? AND published <= ?",
                from.toString(),
                to.toString()));
  }

  /** The date of the {@code n}th newest paper (1-based), or null when there are fewer. */
  LocalDate nthNewestDate(int n) {
    return db.read(
        c ->
            Sql.one(
                    c,
                    "SELECT published FROM papers WHERE published IS NOT NULL"
                        + " ORDER BY published DESC LIMIT 1 OFFSET ?",
                    rs -> LocalDate.parse(rs.getString(1)),
                    n - 1)
                .orElse(null));
  }

  LocalDate newestBefore(LocalDate date) {
    return date("SELECT MAX(published) FROM papers WHERE published < ?", date);
  }

  LocalDate oldestAfter(LocalDate date) {
    return date("SELECT MIN(published) FROM papers WHERE published > ?", date);
  }

  private LocalDate date(String sql, LocalDate arg) {
    return db.read(
        c -> {
          String found = Sql.one(c, sql, rs -> rs.getString(1), arg.toString()).orElse(null);
          return found == null ? null : LocalDate.parse(found);
        });
  }

  List<Row> of(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<Row> out = new ArrayList<>(all.size());
    // in chunks: a statement's parameters and length are bounded (SQLite 32,766 and 1 MB)
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      out.addAll(
          db.read(
              c ->
                  Sql.list(
                      c,
                      "SELECT p.id, p.published, COALESCE(s.votes, 0), COALESCE(s.views, 0)"
                          + " FROM papers p LEFT JOIN paper_signals s ON s.paper_id = p.id"
                          + " WHERE p.id IN ("
                          + Sql.marks(chunk.size())
                          + ")",
                      Signals::row,
                      chunk.toArray())));
    }
    return out;
  }

  private static final int CHUNK = 1_000;

  Map<String, Integer> votes(Collection<String> ids) {
    Map<String, Integer> out = new HashMap<>();
    for (Row r : of(ids)) {
      out.put(r.id(), r.votes());
    }
    return out;
  }

  Set<String> votedBy(String userId, Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Object[] args = new Object[ids.size() + 1];
    args[0] = userId;
    System.arraycopy(ids.toArray(), 0, args, 1, ids.size());
    return db.read(
        c ->
            new HashSet<>(
                Sql.list(
                    c,
                    "SELECT paper_id FROM votes WHERE user_id = ? AND paper_id IN ("
                        + Sql.marks(ids.size())
                        + ")",
                    rs -> rs.getString(1),
                    args)));
  }

  /** Adds the vote when absent, takes it back when present; returns whether it is now there. */
  boolean toggle(Connection c, String userId, String paperId, Instant now) throws SQLException {
    int added =
        Sql.update(
            c,
            "INSERT INTO votes (user_id, paper_id, created_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (user_id, paper_id) DO NOTHING",
            userId,
            paperId,
            now.toString());
    int delta = added == 1 ? 1 : -1;
    if (added == 0) {
      Sql.update(c, "DELETE FROM votes WHERE user_id = ? AND paper_id = ?", userId, paperId);
    }
    Sql.update(
        c,
        "INSERT INTO paper_signals (paper_id, votes, views) VALUES (?, ?, 0)"
            + " ON CONFLICT (paper_id) DO UPDATE SET votes = paper_signals.votes + ?",
        paperId,
        Math.max(0, delta),
        delta);
    return added == 1;
  }

  /** Takes back every vote of a person being deleted; returns the votes removed. */
  static int eraseVotes(Connection c, String userId) throws SQLException {
    if (userId == null) {
      return 0;
    }
    Sql.update(
        c,
        "UPDATE paper_signals SET votes = votes - 1"
            + " WHERE paper_id IN (SELECT paper_id FROM votes WHERE user_id = ?) AND votes > 0",
        userId);
    return Sql.update(c, "DELETE FROM votes WHERE user_id = ?", userId);
  }

  int votesOf(Connection c, String paperId) throws SQLException {
    return (int) Sql.count(c, "SELECT votes FROM paper_signals WHERE paper_id = ?", paperId);
  }

  void addViews(Map<String, Long> views) {
    if (views.isEmpty()) {
      return;
    }
    db.inTransaction(
        c -> {
          for (Map.Entry<String, Long> e : views.entrySet()) {
            Sql.update(
                c,
                "INSERT INTO paper_signals (paper_id, votes, views) VALUES (?, 0, ?)"
                    + " ON CONFLICT (paper_id) DO UPDATE SET views = paper_signals.views + ?",
                e.getKey(),
                e.getValue(),
                e.getValue());
          }
          return null;
        });
  }

  private static Row row(java.sql.ResultSet rs) throws SQLException {
    String published = rs.getString(2);
    return new Row(
        rs.getString(1),
        published == null ? null : LocalDate.parse(published),
        rs.getInt(3),
        rs.getLong(4));
  }
}
