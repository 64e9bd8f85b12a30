package org.paperboy.cli;

import java.io.PrintWriter;

/** One line on stderr, redrawn in place: done of total, rate, time left. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private long lastDraw;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  void update(long done, long total, double perSecond) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 500_000_000L) {
      return;
    }
    lastDraw = now;
    int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
    long left = perSecond > 0 ? (long) ((total - done) / perSecond) : 0;
    err.printf(
        "\r[%s%s] %,d/%,d  %.1f papers/s  %d:%02d:%02d left ",
        "#".repeat(filled),
        " ".repeat(WIDTH - filled),
        done,
        total,
        perSecond,
        left / 3600,
        left / 60 % 60,
        left % 60);
    err.flush();
  }
}
