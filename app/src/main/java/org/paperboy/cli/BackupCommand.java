package org.paperboy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.paperboy.config.Config;
import org.paperboy.db.Backups;
import org.paperboy.db.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write a consistent copy of the SQLite database to FILE, safe while serve or an import runs.",
      "FILE must not exist; a failed backup leaves nothing under its name. On PostgreSQL, use"
          + " pg_dump (exit 2)."
    })
final class BackupCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The copy to write (a new file).")
  Path file;

  @Override
  public Integer call() {
    Config config = common.config();
    PrintWriter err = spec.commandLine().getErr();
    if (Database.kindOf(config.dbUrl()) == Database.Kind.POSTGRES) {
      err.println(
          "paperboy: the database is PostgreSQL: back up with pg_dump, e.g. pg_dump"
              + " --format=custom --file="
              + file
              + " 'postgresql://USER@HOST/DB' (see docs/operations.md)");
      return 2;
    }
    try {
      Backups.Inspection copy = Backups.backUp(Backups.sqliteFile(config.dbUrl()), file);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "Backed up %,d papers (schema version %s) to %s%n",
          copy.papers(), copy.schemaVersion(), file);
      out.flush();
      return 0;
    } catch (Backups.BackupException e) {
      err.println("paperboy: " + e.getMessage());
      return 1;
    }
  }
}
