package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.TestApp;

/** A harvest killed with SIGKILL between two pages continues at the second page. */
class HarvestKillTest {
  @TempDir Path dir;

  @Test
  void aHarvestKilledMidwayContinuesWhereItStopped() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer(HarvesterTest::twoPages)) {
      Process harvest =
          TestApp.cli(
                  new File(dir.toFile(), "out.log"),
                  "harvest",
                  "--data",
                  dir.toString(),
                  "--endpoint",
                  server.url("/oai"),
                  "--from",
                  "2025-02-01",
                  "--delay-ms",
                  "60000")
              .start();
      try {
        waitForSavedToken(dir.resolve("paperboy.db"));
      } finally {
        harvest.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        harvest.waitFor(10, TimeUnit.SECONDS);
      }
      assertThat(server.queries()).hasSize(1);

      try (Database db = Database.open(Databases.sqlite(dir))) {
        PaperStore store = new PaperStore(db);
        assertThat(store.count()).isEqualTo(1);
        new Harvester(db, store)
            .harvest(
                new HarvestRequest(server.url("/oai"), "arXiv", null, null, null, Duration.ZERO),
                ImportListener.SILENT);
        assertThat(server.queries())
            .last()
            .isEqualTo("verb=ListRecords&resumptionToken=token-page-2");
        assertThat(server.queries()).hasSize(2);
        assertThat(store.count()).isEqualTo(2);
      }
    }
  }

  private static void waitForSavedToken(Path dbFile) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (dbFile.toFile().exists()) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dbFile);
            ResultSet rs =
                c.createStatement().executeQuery("SELECT resumption_token FROM harvest_state")) {
          if (rs.next() && rs.getString(1) != null) {
            return;
          }
        } catch (java.sql.SQLException notYet) {
          // the schema is not there yet
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the harvest never saved its progress");
  }
}
