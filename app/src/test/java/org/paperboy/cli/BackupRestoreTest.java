package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.TestApp;

/**
 * {@code paperboy backup} beside a running import, and {@code paperboy restore}: the copy opens,
 * passes SQLite's integrity check and searches; every refusal exits 1 and leaves things as they
 * were; PostgreSQL is sent to pg_dump with exit 2.
 */
class BackupRestoreTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @Test
  void aBackupTakenDuringAnImportRestoresToADatabaseThatOpensChecksAndSearches() throws Exception {
    Path data = Files.createDirectories(dir.resolve("live"));
    Path papers = papers(40_000);
    Process importer =
        TestApp.cli(
                dir.resolve("import.log").toFile(),
                "import",
                "--data",
                data.toString(),
                papers.toString())
            .start();
    try {
      while (count(data.resolve("paperboy.db")) == 0 && importer.isAlive()) {
        Thread.sleep(50); // the first batch committed
      }
      assertThat(importer.isAlive()).as("the import still runs").isTrue();
      Path copy = dir.resolve("copy.db");
      Run backup = run("backup", "--data", data.toString(), copy.toString());
      assertThat(backup.code()).as(backup.err()).isZero();
      assertThat(backup.out()).startsWith("Backed up ");
      assertThat(importer.waitFor(4, TimeUnit.MINUTES)).isTrue();
      assertThat(importer.exitValue()).as(Files.readString(dir.resolve("import.log"))).isZero();

      Path restored = dir.resolve("restored");
      Run restore = run("restore", "--data", restored.toString(), copy.toString());
      assertThat(restore.code()).as(restore.err()).isZero();
      try (Connection c =
              DriverManager.getConnection("jdbc:sqlite:" + restored.resolve("paperboy.db"));
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
        assertThat(r.next()).isTrue();
        assertThat(r.getString(1)).isEqualTo("ok");
      }
      long kept = count(restored.resolve("paperboy.db"));
      assertThat(kept).isBetween(1L, 40_000L);
      Run search =
          run(
              "search",
              "--data",
              restored.toString(),
              "--mode",
              "keyword",
              "--format",
              "json",
              "zebrafish");
      assertThat(search.code()).as(search.err()).isZero();
      assertThat(search.out()).contains("Zebrafish paper");
    } finally {
      importer.destroyForcibly();
    }
  }

  @Test
  void aBackupRefusesAnExistingFileAFolderAndAMissingFolderLeavingNothingBehind() throws Exception {
    Path data = Files.createDirectories(dir.resolve("live"));
    assertThat(run("import", "--data", data.toString(), papers(10).toString()).code()).isZero();
    Path taken = Files.writeString(dir.resolve("taken.db"), "mine");
    Run exists = run("backup", "--data", data.toString(), taken.toString());
    assertThat(exists.code()).isEqualTo(1);
    assertThat(exists.err()).contains("exists");
    assertThat(Files.readString(taken)).isEqualTo("mine");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Run toFolder = run("backup", "--data", data.toString(), folder.toString());
    assertThat(toFolder.code()).isEqualTo(1);
    assertThat(toFolder.err()).contains("is a folder");
    Run nowhere = run("backup", "--data", data.toString(), dir.resolve("no/such/x.db").toString());
    assertThat(nowhere.code()).isEqualTo(1);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }
    Run postgres =
        run(
            "backup",
            "--db",
            "jdbc:postgresql://localhost/paperboy",
            dir.resolve("pg.db").toString());
    assertThat(postgres.code()).isEqualTo(2);
    assertThat(postgres.err()).contains("pg_dump");
    assertThat(dir.resolve("pg.db")).doesNotExist();
  }

  @Test
  void aRestoreRefusesWhatIsNotAPaperboyDatabaseOrIsNewerLeavingTheTargetAsItWas()
      throws Exception {
    Path data = Files.createDirectories(dir.resolve("live"));
    assertThat(run("import", "--data", data.toString(), papers(10).toString()).code()).isZero();
    Path good = dir.resolve("good.db");
    assertThat(run("backup", "--data", data.toString(), good.toString()).code()).isZero();

    Path target = dir.resolve("target");
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a database");
    Run notSqlite = run("restore", "--data", target.toString(), text.toString());
    assertThat(notSqlite.code()).isEqualTo(1);
    assertThat(notSqlite.err()).contains("not a SQLite database");

    Path other = dir.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE recipes (name TEXT)");
    }
    Run notOurs = run("restore", "--data", target.toString(), other.toString());
    assertThat(notOurs.code()).isEqualTo(1);
    assertThat(notOurs.err()).contains("not a Paperboy database");

    Path newer = dir.resolve("newer.db");
    Files.copy(good, newer);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer);
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'future',"
              + " 'SQL', 'V999__future.sql', 0, 'test', 0, 1)");
    }
    Run tooNew = run("restore", "--data", target.toString(), newer.toString());
    assertThat(tooNew.code()).isEqualTo(1);
    assertThat(tooNew.err()).contains("newer than this Paperboy knows");
    assertThat(target).doesNotExist();

    Run postgres = run("restore", "--db", "jdbc:postgresql://localhost/paperboy", good.toString());
    assertThat(postgres.code()).isEqualTo(2);

    Run occupied = run("restore", "--data", data.toString(), good.toString());
    assertThat(occupied.code()).isEqualTo(1);
    assertThat(occupied.err()).contains("already exists");
    assertThat(count(data.resolve("paperboy.db"))).isEqualTo(10);
  }

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static long count(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM papers")) {
      return r.next() ? r.getLong(1) : 0;
    } catch (SQLException e) {
      return 0; // not created or not migrated yet
    }
  }

  private Path papers(int n) throws Exception {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("{\"id\":\"b")
          .append(i)
          .append("\",\"title\":\"")
          .append(i % 100 == 0 ? "Zebrafish paper " : "Paper ")
          .append(i)
          .append("\",\"abstract\":\"About backups taken while papers arrive.\",")
          .append(
              "\"authors\":[\"A. B\"],\"categories\":[\"cs.DB\"],\"published\":\"2024-01-02\"}\n");
    }
    Path file = dir.resolve("papers-" + n + ".jsonl");
    Files.writeString(file, s);
    return file;
  }
}
