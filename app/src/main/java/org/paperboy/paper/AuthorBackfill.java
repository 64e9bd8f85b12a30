package org.paperboy.paper;

import java.util.List;
import java.util.Optional;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes the authors of papers stored before {@code paper_authors} existed (migration V15 leaves a
 * cursor when there were any): a chunk of papers per transaction, in id order, until done. Papers
 * written meanwhile are indexed by their own writes; a chunk replaces a paper's rows, so running
 * twice or beside a writer leaves the same rows.
 */
final class AuthorBackfill {
  private static final Logger log = LoggerFactory.getLogger(AuthorBackfill.class);
  static final int CHUNK = 2_000;

  private AuthorBackfill() {}

  /** Runs the backfill to its end; the number of papers indexed (0 when there was nothing). */
  static long run(Database db) {
    long done = 0;
    while (true) {
      Optional<String> cursor =
          db.read(
              c ->
                  Sql.one(
                      c, "SELECT after_id FROM author_backfill WHERE id = 1", r -> r.getString(1)));
      if (cursor.isEmpty()) {
        if (done > 0) {
          log.info("Indexed the authors of {} papers stored before author pages", done);
        }
        return done;
      }
      int n =
          db.inTransaction(
              c -> {
                String after =
                    Sql.one(
                            c,
                            "SELECT after_id FROM author_backfill WHERE id = 1",
                            r -> r.getString(1))
                        .orElse(null);
                if (after == null) {
                  return 0;
                }
                List<String> ids =
                    Sql.list(
                        c,
                        "SELECT id FROM papers WHERE id > ? ORDER BY id LIMIT ?",
                        r -> r.getString(1),
                        after,
                        CHUNK);
                var papers =
                    PaperWrites.findStored(c, ids).values().stream()
                        .map(PaperWrites.Stored::paper)
                        .toList();
                AuthorRows.replace(c, papers, true);
                if (ids.size() < CHUNK) {
                  Sql.update(c, "DELETE FROM author_backfill WHERE id = 1");
                } else {
                  Sql.update(
                      c, "UPDATE author_backfill SET after_id = ? WHERE id = 1", ids.getLast());
                }
                return ids.size();
              });
      done += n;
      if (done % 100_000 < CHUNK && n == CHUNK) {
        log.info("Indexing authors: {} papers so far", done);
      }
    }
  }
}
