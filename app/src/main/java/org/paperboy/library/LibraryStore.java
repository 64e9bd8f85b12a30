package org.paperboy.library;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.PaperMark;

/** The {@code library} table: one row per person and paper, the last mark wins. */
final class LibraryStore {
  private static final String UPSERT =
      "INSERT INTO library (user_id, paper_id, state, origin, created_at) VALUES (?, ?, ?, ?, ?)"
          + " ON CONFLICT (user_id, paper_id) DO UPDATE SET state = excluded.state,"
          + " origin = excluded.origin, created_at = excluded.created_at"
          + " WHERE library.state <> excluded.state";

  private final Database db;

  LibraryStore(Database db) {
    this.db = db;
  }

  /** Marks the paper; marking it again the same way keeps the first date. */
  void mark(String userId, String paperId, Mark mark, Origin origin, Instant now) {
    db.inTransaction(
        c ->
            Sql.update(c, UPSERT, userId, paperId, mark.column(), origin.column(), now.toString()));
  }

  void unmark(String userId, String paperId) {
    db.inTransaction(
        c ->
            Sql.update(
                c, "DELETE FROM library WHERE user_id = ? AND paper_id = ?", userId, paperId));
  }

  Optional<Mark> mark(String userId, String paperId) {
    return db.read(
        c ->
            Sql.one(
                c,
                "SELECT state FROM library WHERE user_id = ? AND paper_id = ?",
                rs -> Mark.of(rs.getString(1)),
                userId,
                paperId));
  }

  /**
   * Saves every paper in one statement batch on the caller's transaction; returns how many were not
   * saved before (counted, since drivers report batched upserts differently).
   */
  static int saveAll(Connection c, String userId, Collection<String> ids, Origin o, Instant now)
      throws SQLException {
    String count = "SELECT COUNT(*) FROM library WHERE user_id = ? AND state = 'saved'";
    long before = Sql.count(c, count, userId);
    try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
      for (String id : ids) {
        ps.setString(1, userId);
        ps.setString(2, id);
        ps.setString(3, Mark.SAVED.column());
        ps.setString(4, o.column());
        ps.setString(5, now.toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return (int) (Sql.count(c, count, userId) - before);
  }

  /** A saved paper and when. */
  record Row(String paperId, Instant savedAt) {}

  /** One page of saved papers matching every word (title, abstract or authors), and the count. */
  record Found(List<Row> rows, long total) {}

  Found saved(String userId, List<String> words, LibraryQuery.Sort sort, int offset, int limit) {
    StringBuilder where =
        new StringBuilder(
            " FROM library l JOIN papers p ON p.id = l.paper_id"
                + " WHERE l.user_id = ? AND l.state = 'saved'");
    List<Object> args = new ArrayList<>();
    args.add(userId);
    for (String w : words) {
      where.append(
          " AND lower(p.title || ' ' || p.abstract || ' ' || p.authors) LIKE ? ESCAPE '\\'");
      args.add("%" + like(w.toLowerCase(Locale.ROOT)) + "%");
    }
    String order =
        switch (sort) {
          case SAVED -> " ORDER BY l.created_at DESC, l.paper_id";
          case PUBLISHED -> " ORDER BY COALESCE(p.published, '') DESC, l.paper_id";
        };
    return db.read(
        c -> {
          long total = Sql.count(c, "SELECT COUNT(*)" + where, args.toArray());
          List<Object> paged = new ArrayList<>(args);
          paged.add(limit);
          paged.add(offset);
          List<Row> rows =
              Sql.list(
                  c,
                  "SELECT l.paper_id, l.created_at" + where + order + " LIMIT ? OFFSET ?",
                  rs -> new Row(rs.getString(1), Instant.parse(rs.getString(2))),
                  paged.toArray());
          return new Found(rows, total);
        });
  }

  /** Every paper with this mark, newest mark first. */
  List<Row> all(String userId, Mark mark) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT paper_id, created_at FROM library WHERE user_id = ? AND state = ?"
                    + " ORDER BY created_at DESC, paper_id",
                rs -> new Row(rs.getString(1), Instant.parse(rs.getString(2))),
                userId,
                mark.column()));
  }

  private static String like(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static final String MARKS =
      "SELECT user_id, paper_id, state, created_at FROM library WHERE ";

  private static final String BY_PERSON = " ORDER BY user_id, created_at DESC, paper_id";

  /** Every mark of these people, a person's newest first. */
  List<PaperMark> marksOf(Collection<String> userIds) {
    return db.read(
        c -> Sql.listIn(c, MARKS + "user_id IN (%s)" + BY_PERSON, LibraryStore::mark, userIds));
  }

  /** The saves of these papers, by anybody. */
  List<PaperMark> savesOf(Collection<String> paperIds) {
    return db.read(
        c ->
            Sql.listIn(
                c, MARKS + "paper_id IN (%s) AND state = 'saved'", LibraryStore::mark, paperIds));
  }

  /** The saves of these people after {@code since}, newest first. */
  List<PaperMark> savedSince(Collection<String> userIds, Instant since) {
    List<PaperMark> out =
        db.read(
            c ->
                Sql.listIn(
                    c,
                    MARKS + "user_id IN (%s) AND state = 'saved' AND created_at > ?",
                    LibraryStore::mark,
                    userIds,
                    since.toString()));
    return out.stream().sorted(PaperMark.NEWEST_FIRST).toList();
  }

  /** Every saved paper of every person, streamed a person after another, newest first. */
  void eachSave(Consumer<PaperMark> each) {
    db.readStreaming(
        c -> {
          Sql.each(
              c,
              "SELECT user_id, paper_id, created_at FROM library WHERE state = 'saved'" + BY_PERSON,
              rs -> new PaperMark(rs.getString(1), rs.getString(2), false, rs.getString(3)),
              each);
          return null;
        });
  }

  private static PaperMark mark(ResultSet rs) throws SQLException {
    return new PaperMark(
        rs.getString(1), rs.getString(2), rs.getString(3).equals("dismissed"), rs.getString(4));
  }

  /** Changes whenever a mark is added, removed or changed: saves, the newest mark, all marks. */
  String version() {
    return db.read(
        c ->
            Sql.one(
                    c,
                    "SELECT (SELECT COUNT(*) FROM library WHERE state = 'saved'),"
                        + " (SELECT MAX(created_at) FROM library), (SELECT COUNT(*) FROM library)",
                    rs -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                .orElseThrow());
  }
}
