package org.paperboy.db;

import java.sql.SQLException;

/** What a failed statement says about why it failed, as SQLite, PostgreSQL or Java say it. */
final class SqlFailures {
  private SqlFailures() {}

  /** Running out of space. */
  static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if ((t instanceof SQLException s && "53100".equals(s.getSQLState()))
          || (m != null
              && (m.contains("No space left on device")
                  || m.contains("SQLITE_FULL")
                  || m.contains("database or disk is full")
                  || m.contains("could not extend file")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another writer holding a lock: SQLite busy or locked, a PostgreSQL deadlock, serialization
   * conflict or lock not available.
   */
  static boolean busy(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        String message = String.valueOf(s.getMessage());
        String state = String.valueOf(s.getSQLState());
        if (message.contains("SQLITE_BUSY")
            || message.contains("SQLITE_LOCKED")
            || state.equals("40001")
            || state.equals("40P01")
            || state.equals("55P03")) {
          return true;
        }
      }
    }
    return false;
  }
}
