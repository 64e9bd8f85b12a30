package org.paperboy.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.db.Backups;
import org.paperboy.db.Database;
import org.paperboy.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Bring back a backup as the database of the data folder (--data), which must not hold one",
      "yet, and build the search index from it. A file that is not a whole Paperboy database, or",
      "one of a newer schema than this version knows, is refused and the folder left as it was."
    })
final class RestoreCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A backup written by paperboy backup.")
  Path file;

  @Override
  public Integer call() {
    Config config = common.config();
    PrintWriter err = spec.commandLine().getErr();
    if (Database.kindOf(config.dbUrl()) == Database.Kind.POSTGRES) {
      err.println(
          "paperboy: the database is PostgreSQL: restore a pg_dump with pg_restore, then run"
              + " paperboy index rebuild (see docs/operations.md)");
      return 2;
    }
    boolean hadIndex = Files.exists(config.dataDir().resolve("index"));
    Backups.Inspection restored;
    try {
      restored = Backups.restore(file, Backups.sqliteFile(config.dbUrl()));
    } catch (Backups.BackupException e) {
      err.println("paperboy: " + e.getMessage());
      return 1;
    }
    try (Paperboy app = Paperboy.open(config)) { // a missing index is built here
      indexed(app.search(), hadIndex, restored, config);
    }
    return 0;
  }

  /** Rebuilds an index left from another database and says what was restored. */
  private void indexed(
      Search search, boolean hadIndex, Backups.Inspection restored, Config config) {
    if (hadIndex) {
      search.rebuild(); // one left from another database
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "Restored %,d papers (schema version %s) into %s; the search index was built from"
            + " them.%n",
        restored.papers(), restored.schemaVersion(), config.dataDir());
    out.flush();
  }
}
