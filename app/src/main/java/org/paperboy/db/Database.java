package org.paperboy.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The database: a connection pool on SQLite (the embedded default) or PostgreSQL, migrated by
 * Flyway at open. The same SQL runs on both.
 */
public final class Database implements AutoCloseable {
  /** The two databases Paperboy runs on. */
  public enum Kind {
    SQLITE,
    POSTGRES
  }

  /** Work done on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** SQLite's busy timeout (waiting for another process's lock), and tries of work that met one. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  static final int ATTEMPTS = 5;

  private final HikariDataSource pool;
  private final Kind kind;
  private final java.util.concurrent.locks.ReentrantLock writers =
      new java.util.concurrent.locks.ReentrantLock(true);

  private Database(HikariDataSource pool, Kind kind) {
    this.pool = pool;
    this.kind = kind;
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl) {
    Kind kind = kindOf(jdbcUrl);
    return new Database(Pool.openAndMigrate(jdbcUrl, kind), kind);
  }

  public static Kind kindOf(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return Kind.SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return Kind.POSTGRES;
    }
    throw new IllegalArgumentException(
        "unsupported database URL (use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB): " + jdbcUrl);
  }

  public Kind kind() {
    return kind;
  }

  public DataSource dataSource() {
    return pool;
  }

  /**
   * Runs work on a pooled connection in autocommit mode (reads only). Opening a connection can meet
   * another process's lock on SQLite (its pragmas): that, like a busy read, is tried again.
   */
  public <T> T read(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try (Connection c = pool.getConnection()) {
        return work.run(c);
      } catch (SQLException e) {
        if (attempt >= ATTEMPTS || !isBusy(e)) {
          throw new DatabaseException(e);
        }
      }
      pause(attempt);
    }
  }

  /**
   * Runs a long read that streams its rows (an export, every vector): on PostgreSQL in a read-only
   * transaction, without which the driver reads the whole result into memory before the first row;
   * on SQLite in autocommit like {@link #read}, since a transaction there would begin IMMEDIATE and
   * keep every writer waiting until the read ends.
   */
  public <T> T readStreaming(Work<T> work) {
    if (kind == Kind.SQLITE) {
      return read(work);
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      c.setReadOnly(true);
      try {
        return work.run(c);
      } finally {
        c.rollback(); // nothing was written
        c.setReadOnly(false);
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws. A
   * transaction that met another writer's lock, a deadlock or a conflicting insert is rolled back
   * and run again (a few times, a little later each time), so the work must only touch the
   * database.
   */
  public <T> T inTransaction(Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (DatabaseException e) {
        if (attempt >= ATTEMPTS || !retryable(e)) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private <T> T once(Work<T> work) {
    if (kind != Kind.SQLITE) {
      return onConnection(work);
    }
    // SQLite has one write lock and its waiters poll for it in no order: this process's writers
    // queue here in order instead, so that only one of them at a time competes with other
    // processes.
    writers.lock();
    try {
      return onConnection(work);
    } finally {
      writers.unlock();
    }
  }

  private <T> T onConnection(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      try {
        c.setAutoCommit(false); // on SQLite: BEGIN IMMEDIATE, waiting up to the busy timeout
        boolean done = false;
        try {
          T result = work.run(c);
          if (kind == Kind.SQLITE) {
            // sqlite-jdbc's commit() begins the next transaction at once, taking the write lock
            // again; leaving manual commit mode commits without that
            c.setAutoCommit(true);
          } else {
            c.commit();
          }
          done = true;
          return result;
        } finally {
          if (!done) {
            rollback(c);
          }
          c.setAutoCommit(true);
        }
      } catch (SQLException | RuntimeException e) {
        if (!(e instanceof RuntimeException) || isBusy(e)) {
          // When BEGIN IMMEDIATE waited in vain, sqlite-jdbc already believes the connection is
          // in manual commit mode and would never begin on it again (its next transactions would
          // be deferred ones): a connection whose transaction failed is not given out again.
          pool.evictConnection(c);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /** Rolls back without the driver's habit of taking the write lock again right after. */
  private void rollback(Connection c) throws SQLException {
    if (c.getAutoCommit()) {
      return;
    }
    if (kind != Kind.SQLITE) {
      c.rollback();
      return;
    }
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
      s.execute("BEGIN"); // deferred and empty: what the driver's own commit then ends
    }
  }

  /** A lock, or (PostgreSQL) a unique insert that lost a race: another run finds the row. */
  private boolean retryable(Throwable e) {
    for (Throwable t = e; t != null && kind == Kind.POSTGRES; t = t.getCause()) {
      if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return isBusy(e);
  }

  /** Whether running out of space is what went wrong, as SQLite, PostgreSQL or Java say it. */
  public static boolean isDiskFull(Throwable e) {
    return SqlFailures.diskFull(e);
  }

  /**
   * Bytes free on the disk of a SQLite database's file; empty on PostgreSQL (its server's disk is
   * its own) or when the file system does not say.
   */
  public java.util.OptionalLong freeBytes() {
    if (kind != Kind.SQLITE) {
      return java.util.OptionalLong.empty();
    }
    String file = pool.getJdbcUrl().substring("jdbc:sqlite:".length());
    int query = file.indexOf('?');
    java.nio.file.Path path =
        java.nio.file.Path.of(query < 0 ? file : file.substring(0, query)).toAbsolutePath();
    try {
      return java.util.OptionalLong.of(
          java.nio.file.Files.getFileStore(path.getParent()).getUsableSpace());
    } catch (java.io.IOException | RuntimeException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /** Whether the failure is another writer holding a lock: worth another try, never a crash. */
  public static boolean isBusy(Throwable e) {
    return SqlFailures.busy(e);
  }

  static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }

  /**
   * Takes the next {@code count} numbers of the change sequence inside the caller's transaction and
   * returns the first. The counter row stays locked until that transaction ends.
   */
  public static long nextSeq(Connection c, int count) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE change_counter SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq")) {
      ps.setInt(1, count);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) - count + 1;
      }
    }
  }

  /** The last number of the change sequence handed out. */
  public long lastSeq() {
    return read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  @Override
  public void close() {
    pool.close();
  }
}
