package org.paperboy.cli;

/** The disk filled up during an import or an index build: what is kept and what to do. */
final class DiskFull extends RuntimeException {
  DiskFull(Throwable cause) {
    super(
        "out of disk space ("
            + innermost(cause).getMessage()
            + "). Nothing is half-written: the database keeps every batch committed before it and"
            + " the search index its last commit. Free some space and run the same command again:"
            + " it continues where it stopped.",
        cause);
  }

  /** Whether running out of space is what went wrong, as SQLite, PostgreSQL or Java say it. */
  static boolean causes(Throwable e) {
    return org.paperboy.db.Database.isDiskFull(e);
  }

  private static Throwable innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause().getMessage() != null) {
      t = t.getCause();
    }
    return t;
  }
}
