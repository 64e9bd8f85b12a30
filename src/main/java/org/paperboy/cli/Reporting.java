package org.paperboy.cli;

import java.io.PrintWriter;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.ImportSummary;

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

  /** Brings the index up to date when this process owns it, and says what happened. */
  private static void indexed(org.paperboy.Paperboy app, PrintWriter out) {
    if (app.search().ownsIndex()) {
      long start = System.nanoTime();
      long n = app.search().catchUp();
      if (n > 0) {
        out.printf("indexed %,d papers in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
      }
    } else {
      out.println(
          "another process (the server?) owns the search index and will index these papers");
    }
    out.flush();
  }

  /** Prints the summary and picks the exit code: 3 when anything was refused. */
  static int finish(
      org.paperboy.Paperboy app, PrintWriter out, String what, ImportSummary summary, long nanos) {
    double seconds = nanos / 1e9;
    out.printf("%s: %s in %.1f s%n", what, summary, seconds);
    out.flush();
    indexed(app, out);
    return summary.clean() ? 0 : Main.EXIT_REJECTED;
  }
}
