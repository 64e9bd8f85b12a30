package org.paperboy.paper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * What issue 22 adds to every paper written (BENCHMARKS.md): the title key and venue worked out per
 * paper, and the two new indexes. Stores PAPERS synthetic arXiv-like papers (a tenth with a venue
 * phrase in their comments) into fresh SQLite files with and without the new indexes, alternating,
 * and times the per-paper work alone.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.paper.SourcesWriteCostBenchmark DIR [PAPERS] [ROUNDS]}
 */
public final class SourcesWriteCostBenchmark {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<Paper> papers = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      papers.add(
          new Paper(
              String.format(
                  "%02d%02d.%05d", 20 + i / 1_200_000, 1 + (i / 100_000) % 12, i % 100_000),
              1,
              "A study of sparse attention kernels number " + i + " with $O(n)$ memory",
              "We study sparse attention. ".repeat(20),
              List.of("Ada Lovelace", "Alan Turing"),
              List.of("cs.LG"),
              LocalDate.of(2025, 1, 1).plusDays(i % 365),
              null,
              null,
              i % 20 == 0 ? "Proceedings of ICML 2025" : null,
              i % 10 == 0 ? "Accepted at NeurIPS 2025 (spotlight); 9 pages" : "12 pages, 3 figures",
              null,
              Paper.Links.NONE,
              "kaggle",
              null));
    }
    for (int r = 0; r < rounds; r++) {
      // the order alternates between rounds, so that neither side always runs first
      for (boolean indexes :
          r % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
        Path folder =
            Files.createDirectories(dir.resolve("r" + r + (indexes ? "-with" : "-without")));
        try (Database db = Database.open("jdbc:sqlite:" + folder.resolve("paperboy.db"))) {
          if (!indexes) {
            db.inTransaction(
                c -> {
                  Sql.update(c, "DROP INDEX papers_title_key");
                  return Sql.update(c, "DROP INDEX papers_venue_key");
                });
          }
          PaperStore store = new PaperStore(db);
          long t = System.nanoTime();
          for (int i = 0; i < n; i += 5_000) {
            store.upsert(papers.subList(i, Math.min(n, i + 5_000)));
          }
          System.out.printf(
              "round %d, %s the new indexes: %,d papers stored in %.1f s%n",
              r, indexes ? "with" : "without", n, (System.nanoTime() - t) / 1e9);
        }
      }
      long t = System.nanoTime();
      long keep = 0;
      for (Paper p : papers) {
        Venue v = Venue.effective(p);
        keep += TitleKey.of(p.title()).length() + (v == null ? 0 : v.key().length());
      }
      System.out.printf(
          "round %d: title keys and venues of %,d papers worked out in %.2f s (%d)%n",
          r, n, (System.nanoTime() - t) / 1e9, keep);
    }
  }
}
