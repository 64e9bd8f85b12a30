package org.paperboy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Time the import of FILE into a fresh data folder (metadata only), then the same file again",
      "(the idempotent rerun: everything unchanged). Prints papers/s and the peak heap."
    })
public final class ImportBenchCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description =
          "Database (default: SQLite in a fresh temporary folder). Use an empty database.")
  String db;

  @Option(names = "--no-rerun", description = "Skip the second, no-change import of the same file.")
  boolean noRerun;

  @Parameters(paramLabel = "FILE")
  String file;

  @Override
  public Integer call() throws Exception {
    Path data = Files.createTempDirectory("paperboy-bench-");
    System.out.printf("data folder %s, database %s%n", data, db == null ? "SQLite" : db);
    try (Paperboy app = new Paperboy(new Config(data, db))) {
      if (app.papers().count() > 0) {
        throw new IllegalArgumentException("the benchmark needs an empty database");
      }
      run(app, "first import", true);
      if (!noRerun) {
        run(app, "second import (no change)", false);
      }
    }
    System.out.printf(
        "heap: peak %,d MiB used, max %,d MiB%n",
        Heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    long dbBytes =
        Files.exists(data.resolve("paperboy.db")) ? Files.size(data.resolve("paperboy.db")) : 0;
    if (dbBytes > 0) {
      System.out.printf("database file: %,d MiB%n", dbBytes >> 20);
    }
    return 0;
  }

  private void run(Paperboy app, String label, boolean resetPeak) {
    if (resetPeak) {
      Heap.resetPeak();
    }
    long start = System.nanoTime();
    ImportSummary s = app.importer().importFiles(List.of(file), Format.AUTO, ImportListener.SILENT);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%s: %s; %,d records in %.1f s = %,.0f papers/s%n",
        label, s, s.papers() + s.rejected(), seconds, (s.papers() + s.rejected()) / seconds);
  }
}
