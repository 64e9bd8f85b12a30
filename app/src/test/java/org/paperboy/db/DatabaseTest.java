package org.paperboy.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;

class DatabaseTest {
  @TempDir Path dir;

  @Test
  void migratesSqliteAndPostgresToTheSameSchema() {
    for (String url : new String[] {Databases.sqlite(dir), Databases.freshPostgres()}) {
      try (Database db = Database.open(url)) {
        long papers =
            db.read(
                c -> {
                  try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM papers")) {
                    rs.next();
                    return rs.getLong(1);
                  }
                });
        assertThat(papers).isZero();
      }
    }
  }

  @Test
  void sqliteRunsInWalMode() {
    try (Database db = Database.open(Databases.sqlite(dir))) {
      String mode =
          db.read(
              c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                  rs.next();
                  return rs.getString(1);
                }
              });
      assertThat(mode).isEqualToIgnoringCase("wal");
    }
  }

  @Test
  void refusesOtherDatabases() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite:");
  }
}
