package org.paperboy.cli;

import java.io.PrintWriter;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.search.Search;

/** How commands that bring papers in report to the terminal. */
final class Reporting {
  private Reporting() {}

  /** One line per refused record or file on stderr, progress every few seconds. */
  static ImportListener listener(PrintWriter err) {
    return new ImportListener() {
      @Override
      public void rejected(String where, String reason) {
        err.println("rejected " + where + ": " + reason);
        err.flush();
      }

      @Override
      public void progress(long records, double perSecond) {
        if (perSecond > 0) {
          err.printf("... %,d records (%,.0f/s)%n", records, perSecond);
        } else {
          err.printf("... %,d records%n", records);
        }
        err.flush();
      }
    };
  }

  /**
   * Brings the index up to date when this process owns it, or once the command owning it has
   * finished; the server indexes by itself. Says which happened.
   */
  private static void indexed(Search search, PrintWriter out) {
    long start = System.nanoTime();
    switch (search.catchUpOrHandOver(java.time.Duration.ofMinutes(10))) {
      case Search.Indexing.Here here -> {
        if (here.papers() > 0) {
          out.printf(
              "indexed %,d papers in %.1f s%n", here.papers(), (System.nanoTime() - start) / 1e9);
        }
      }
      case Search.Indexing.ByOwner owner ->
          out.println(
              "the search index is owned by " + owner.owner() + ", which indexes these papers");
    }
    out.flush();
  }

  /**
   * Prints the summary, brings the index up to date (or says who will) and picks the exit code: 3
   * when anything was refused.
   */
  static int finish(
      Search search, PrintWriter out, String what, ImportSummary summary, long nanos) {
    double seconds = nanos / 1e9;
    out.printf("%s: %s in %.1f s%n", what, summary, seconds);
    out.flush();
    indexed(search, out);
    return summary.clean() ? 0 : Main.EXIT_REJECTED;
  }
}
