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

  /** Prints the summary and picks the exit code: 3 when anything was refused. */
  static int finish(PrintWriter out, String what, ImportSummary summary, long nanos) {
    double seconds = nanos / 1e9;
    out.printf("%s: %s in %.1f s%n", what, summary, seconds);
    out.flush();
    return summary.clean() ? 0 : Main.EXIT_REJECTED;
  }
}
