package org.paperboy.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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

  private final HikariDataSource pool;
  private final Kind kind;

  private Database(HikariDataSource pool, Kind kind) {
    this.pool = pool;
    this.kind = kind;
  }

  /** Opens the pool and brings the schema up to date. */
  public static Database open(String jdbcUrl) {
    Kind kind = kindOf(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("paperboy-db");
    config.setAutoCommit(true);
    if (kind == Kind.SQLITE) {
      // One writer at a time is SQLite's rule; WAL lets readers go on beside it.
      config.setMaximumPoolSize(4);
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
      config.addDataSourceProperty("busy_timeout", "30000");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("cache_size", "-65536");
      config.addDataSourceProperty("temp_store", "MEMORY");
    } else {
      config.setMaximumPoolSize(8);
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      Flyway.configure()
          .dataSource(pool)
          .locations("classpath:db/migration")
          .placeholders(Map.of("blob_type", kind == Kind.POSTGRES ? "BYTEA" : "BLOB"))
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(pool, kind);
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

  /** Runs work on a pooled connection in autocommit mode. */
  public <T> T read(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new DatabaseException(e);
    }
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DatabaseException(e);
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
