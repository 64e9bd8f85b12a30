package org.paperboy.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.paperboy.db.Database.Kind;

/** The connection pool of a {@link Database}: set up for SQLite or PostgreSQL, then migrated. */
final class Pool {
  /** Pages of write-ahead log (4 KB each) after which a commit copies it into the database. */
  static final int WAL_CHECKPOINT_PAGES = 16_384;

  private Pool() {}

  /** The pool for this URL, its schema brought up to date. */
  static HikariDataSource openAndMigrate(String jdbcUrl, Kind kind) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("paperboy-db");
    config.setAutoCommit(true);
    // a fresh SQLite file that another process switches to WAL is locked a moment: keep trying
    config.setInitializationFailTimeout(Database.BUSY_TIMEOUT_MS);
    if (kind == Kind.SQLITE) {
      // One writer at a time is SQLite's rule; WAL lets readers go on beside it.
      config.setMaximumPoolSize(4);
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "NORMAL");
      config.addDataSourceProperty("busy_timeout", String.valueOf(Database.BUSY_TIMEOUT_MS));
      // A transaction that reads first and writes after cannot take the write lock later if
      // another process wrote meanwhile (SQLITE_BUSY at once, no waiting): write transactions
      // start with BEGIN IMMEDIATE, so they wait for the lock up front. Reads run in autocommit.
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("cache_size", "-65536");
      // A checkpoint copies the log into the database file and waits for the disk twice. At the
      // default (every 4 MB of log) a bulk import spent a third of its writer's time there, and
      // wrote the same index pages over and over; every 64 MB, each is copied once per round.
      config.addDataSourceProperty("wal_autocheckpoint", String.valueOf(WAL_CHECKPOINT_PAGES));
      config.addDataSourceProperty("temp_store", "MEMORY");
    } else {
      config.setMaximumPoolSize(8);
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, kind);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return pool;
  }

  /** Flyway over this database, with Paperboy's migrations. */
  static Flyway flyway(javax.sql.DataSource source, Kind kind) {
    return Flyway.configure()
        .dataSource(source)
        .locations("classpath:db/migration")
        .placeholders(Map.of("blob_type", kind == Kind.POSTGRES ? "BYTEA" : "BLOB"))
        .loggers("slf4j")
        .load();
  }

  /**
   * Brings the schema up to date. Two processes opening a fresh database at once both try; the one
   * that loses (its statements meet the tables the other just made, or its lock) tries again once
   * the other is done, when there is nothing left to do.
   */
  private static void migrate(HikariDataSource pool, Kind kind) {
    for (int attempt = 1; ; attempt++) {
      try {
        flyway(pool, kind).migrate();
        return;
      } catch (FlywayException e) {
        if (attempt >= Database.ATTEMPTS) {
          throw e;
        }
        Database.pause(attempt * 10);
      }
    }
  }
}
