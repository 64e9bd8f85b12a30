package org.paperboy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.paperboy.Paperboy;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.ImportSink;
import org.paperboy.ingest.ImportSummary;
import org.paperboy.ingest.Importer;
import org.paperboy.search.BulkIndex;
import org.paperboy.search.Search;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import papers from files (gzipped or not; - reads stdin) and index them for keyword search.",
      "Formats: kaggle (arXiv metadata snapshot), beir (corpus.jsonl), jsonl (Paperboy's export),",
      "oai (saved OAI-PMH ListRecords responses); auto tells them apart by content.",
      "Exit code 3 when some records were rejected; every good record still goes in.",
      "Exit code 1 when a file is missing, a directory or unreadable (nothing is imported)."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "auto",
      paramLabel = "FORMAT",
      description = "auto, kaggle, beir, jsonl or oai (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--embed",
      description =
          "Also embed the papers waiting for a vector, newest first (slow: see index embed).")
  boolean embed;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<String> files;

  @Override
  public Integer call() {
    Format f = Format.parse(format);
    for (String file : files) {
      String problem = unreadable(file);
      if (problem != null) {
        spec.commandLine().getErr().println("paperboy: cannot import " + file + ": " + problem);
        return picocli.CommandLine.ExitCode.SOFTWARE;
      }
    }
    try (Paperboy app = common.open()) {
      return importFiles(app.importer(), app.search(), f);
    }
  }

  /** Imports the files into the database and the index, then embeds them when asked to. */
  private int importFiles(Importer importer, Search search, Format f) {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    AtomicLong unindexed = new AtomicLong();
    ImportSummary summary =
        importAndIndex(
            importer, search, files, f, Reporting.listener(err), unindexed::incrementAndGet);
    int code =
        Reporting.finish(
            search, spec.commandLine().getOut(), "import", summary, System.nanoTime() - start);
    if (unindexed.get() > 0) {
      spec.commandLine()
          .getOut()
          .printf("%,d papers stored but not indexed (see above)%n", unindexed.get());
      code = Main.EXIT_REJECTED;
    }
    if (embed) {
      IndexCommand.embed(search, Long.MAX_VALUE, err, spec.commandLine().getOut());
    }
    return code;
  }

  /**
   * Imports the files while the search index follows on threads of its own (when this process owns
   * it), committed once at the end; papers Lucene refuses are reported like refused records. Out of
   * disk, it stops with a message that says what is kept.
   */
  static ImportSummary importAndIndex(
      Importer importer,
      Search search,
      List<String> files,
      Format f,
      ImportListener listener,
      Runnable onUnindexed) {
    BulkIndex.Failures failures =
        (where, reason) -> {
          onUnindexed.run();
          listener.rejected(where, reason);
        };
    try (BulkIndex bulk = search.bulkIndex(failures)) {
      ImportSink sink = bulk == null ? ImportSink.NONE : bulk::add;
      ImportSummary summary = importer.importFiles(files, f, listener, sink);
      if (bulk != null) {
        bulk.finish();
      }
      return summary;
    } catch (RuntimeException e) {
      if (DiskFull.causes(e)) {
        throw new DiskFull(e);
      }
      throw e;
    }
  }

  /** Why the input cannot be read at all, or null. */
  private static String unreadable(String file) {
    if (file.equals("-")) {
      return null;
    }
    java.nio.file.Path p = java.nio.file.Path.of(file);
    if (!java.nio.file.Files.exists(p)) {
      return "no such file";
    }
    if (java.nio.file.Files.isDirectory(p)) {
      return "it is a directory";
    }
    return java.nio.file.Files.isReadable(p) ? null : "it cannot be read (permissions?)";
  }
}
