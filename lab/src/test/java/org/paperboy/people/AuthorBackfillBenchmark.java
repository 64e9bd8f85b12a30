package org.paperboy.people;

import java.nio.file.Path;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.PaperStore;

/**
 * The one-time author index backfill of a database from before V15 (BENCHMARKS.md), on a folder
 * made by {@link PeopleBenchmark}: empties {@code paper_authors}, leaves the cursor as the
 * migration does, and times {@link PaperStore#backfillAuthors}.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.people.AuthorBackfillBenchmark DIR}
 */
public final class AuthorBackfillBenchmark {
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("paperboy.db"))) {
      long t = System.nanoTime();
      db.inTransaction(
          c -> {
            Sql.update(c, "DELETE FROM paper_authors");
            return Sql.update(c, "INSERT INTO author_backfill (id, after_id) VALUES (1, '')");
          });
      System.out.printf("emptied in %.0f s%n", (System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      long n = new PaperStore(db).backfillAuthors();
      long rows = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM paper_authors"));
      System.out.printf(
          "backfilled %,d papers (%,d index rows) in %.0f s%n",
          n, rows, (System.nanoTime() - t) / 1e9);
    }
  }
}
