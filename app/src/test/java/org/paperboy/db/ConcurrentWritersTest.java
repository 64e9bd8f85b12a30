package org.paperboy.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;

/**
 * Two pools on one SQLite file stand for two processes (the server and a CLI job). A transaction
 * that reads first and writes after must wait for the other writer, not fail with SQLITE_BUSY.
 */
class ConcurrentWritersTest {
  @TempDir Path dir;

  @Test
  void readThenWriteTransactionsOfTwoProcessesWaitTheirTurnInsteadOfFailing() throws Exception {
    String url = Databases.sqlite(dir);
    try (Database a = Database.open(url);
        Database b = Database.open(url)) {
      a.inTransaction(c -> Sql.update(c, "UPDATE change_counter SET last_seq = 0 WHERE id = 1"));
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Database db = t % 2 == 0 ? a : b;
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 50; i++) {
                    db.inTransaction(
                        c -> {
                          long seq =
                              Sql.count(c, "SELECT last_seq FROM change_counter WHERE id = 1");
                          return Sql.update(
                              c, "UPDATE change_counter SET last_seq = ? WHERE id = 1", seq + 1);
                        });
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get(); // throws when one transaction failed
      }
      pool.shutdown();
      assertThat(a.lastSeq()).isEqualTo(400);
    }
  }

  @Test
  void lockErrorsAreToldApartFromOtherFailures() {
    assertThat(
            Database.isBusy(
                new DatabaseException(new java.sql.SQLException("[SQLITE_BUSY] locked", null, 5))))
        .isTrue();
    assertThat(
            Database.isBusy(
                new DatabaseException(new java.sql.SQLException("deadlock", "40P01", 0))))
        .isTrue();
    assertThat(Database.isBusy(new DatabaseException(new java.sql.SQLException("syntax", "42601"))))
        .isFalse();
  }
}
