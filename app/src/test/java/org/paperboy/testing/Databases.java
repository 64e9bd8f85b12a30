package org.paperboy.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real databases for tests: a SQLite file in a temporary folder, or a fresh database on one real
 * PostgreSQL server (embedded binaries from Maven) started once per test JVM.
 */
public final class Databases {
  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private Databases() {}

  public static String sqlite(Path dir) {
    return "jdbc:sqlite:" + dir.resolve("paperboy.db");
  }

  /** A new, empty PostgreSQL database; its JDBC URL. */
  public static synchronized String freshPostgres() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(Databases::stop));
      }
      String name = "paperboy_test_" + NEXT.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return postgres.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized void stop() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException ignored) {
      // the JVM is exiting
    }
  }
}
