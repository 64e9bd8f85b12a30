package org.paperboy.db;

import java.sql.SQLException;

/** An SQL failure, unchecked so that it can cross lambdas; the cause keeps the detail. */
public final class DatabaseException extends RuntimeException {
  public DatabaseException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
