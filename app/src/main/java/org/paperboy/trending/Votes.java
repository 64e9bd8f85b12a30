package org.paperboy.trending;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.PaperMark;

/** The {@code votes} table read person by person: what recommendations learn from. */
final class Votes {
  private static final String VOTES = "SELECT user_id, paper_id, created_at FROM votes";
  private static final String BY_PERSON = " ORDER BY user_id, created_at DESC, paper_id";

  private final Database db;

  Votes(Database db) {
    this.db = db;
  }

  /** Every vote of these people, a person's newest first. */
  List<PaperMark> of(Collection<String> userIds) {
    return db.read(
        c -> Sql.listIn(c, VOTES + " WHERE user_id IN (%s)" + BY_PERSON, Votes::mark, userIds));
  }

  /** Every vote, streamed a person after another, newest first. */
  void each(Consumer<PaperMark> each) {
    db.readStreaming(
        c -> {
          Sql.each(c, VOTES + BY_PERSON, Votes::mark, each);
          return null;
        });
  }

  /** Changes whenever a vote is added or taken back. */
  String version() {
    return db.read(
        c ->
            Sql.one(
                    c,
                    "SELECT (SELECT COUNT(*) FROM votes), (SELECT MAX(created_at) FROM votes)",
                    rs -> rs.getString(1) + "|" + rs.getString(2))
                .orElseThrow());
  }

  private static PaperMark mark(ResultSet rs) throws SQLException {
    return new PaperMark(rs.getString(1), rs.getString(2), false, rs.getString(3));
  }
}
