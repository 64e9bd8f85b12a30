package org.paperboy.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperMark;
import org.paperboy.paper.PaperStore;

/** The {@code claims} table: papers people say are their own, kept apart from the library. */
final class Claims {
  /** The most papers one person claims. */
  static final int MAX_PER_PERSON = 5_000;

  private final Database db;
  private final PaperStore papers;
  private final Clock clock;

  Claims(Database db, PaperStore papers, Clock clock) {
    this.db = db;
    this.papers = papers;
    this.clock = clock;
  }

  /** Claims the stored papers among {@code ids}; the others are reported unknown. */
  ClaimReport claim(String userId, Collection<String> ids) {
    List<String> distinct = ids.stream().map(String::strip).distinct().toList();
    Map<String, Paper> found = papers.findAll(distinct);
    List<String> known = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : distinct) {
      (found.containsKey(id) ? known : unknown).add(id);
    }
    String now = clock.instant().toString();
    db.inTransaction(
        c -> {
          long have = Sql.count(c, "SELECT COUNT(*) FROM claims WHERE user_id = ?", userId);
          if (have + known.size() > MAX_PER_PERSON) {
            throw new IllegalArgumentException(
                "A person claims at most " + MAX_PER_PERSON + " papers.");
          }
          for (String id : known) {
            if (Sql.count(
                    c, "SELECT COUNT(*) FROM claims WHERE user_id = ? AND paper_id = ?", userId, id)
                == 0) {
              Sql.update(
                  c,
                  "INSERT INTO claims (user_id, paper_id, created_at) VALUES (?, ?, ?)",
                  userId,
                  id,
                  now);
            }
          }
          return null;
        });
    return new ClaimReport(known, unknown);
  }

  int unclaim(String userId, Collection<String> ids) {
    return db.inTransaction(
        c -> {
          int n = 0;
          for (String id : ids) {
            n +=
                Sql.update(
                    c, "DELETE FROM claims WHERE user_id = ? AND paper_id = ?", userId, id.strip());
          }
          return n;
        });
  }

  /** The person's claimed papers, most recently claimed first. */
  List<String> ids(String userId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT paper_id FROM claims WHERE user_id = ? ORDER BY created_at DESC, paper_id",
                r -> r.getString(1),
                userId));
  }

  /** Every claim of these people, a person's newest first. */
  List<PaperMark> of(Collection<String> userIds) {
    return db.read(
        c ->
            Sql.listIn(
                c,
                "SELECT user_id, paper_id, created_at FROM claims WHERE user_id IN (%s)"
                    + " ORDER BY user_id, created_at DESC, paper_id",
                r -> new PaperMark(r.getString(1), r.getString(2), false, r.getString(3)),
                userIds));
  }
}
