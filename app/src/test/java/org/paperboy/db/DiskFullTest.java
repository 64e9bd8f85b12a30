package org.paperboy.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DiskFullTest {
  @Test
  void aFullDiskIsKnownAsSqlitePostgresqlAndJavaSayIt() {
    assertThat(
            Database.isDiskFull(
                new RuntimeException(
                    new SQLException("[SQLITE_FULL] Insertion failed (database or disk is full)"))))
        .isTrue();
    assertThat(Database.isDiskFull(new SQLException("could not write", "53100"))).isTrue();
    assertThat(Database.isDiskFull(new IOException("No space left on device"))).isTrue();
    assertThat(Database.isDiskFull(new SQLException("[SQLITE_BUSY] database is locked"))).isFalse();
    assertThat(Database.isDiskFull(new IllegalStateException((String) null))).isFalse();
  }
}
