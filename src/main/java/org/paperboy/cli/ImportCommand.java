package org.paperboy.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import papers from files (gzipped or not; - reads stdin).",
      "Formats: kaggle (arXiv metadata snapshot), beir (corpus.jsonl), jsonl (Paperboy's export),",
      "oai (saved OAI-PMH ListRecords responses); auto tells them apart by content.",
      "Exit code 3 when some records were rejected; every good record still goes in."
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

  @Option(names = "--embed", description = "Also embed the new papers (slow: see index embed).")
  boolean embed;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
  List<String> files;

  @Override
  public Integer call() {
    Format f = Format.parse(format);
    try (Paperboy app = common.open()) {
      long start = System.nanoTime();
      ImportSummary summary =
          app.importer().importFiles(files, f, Reporting.listener(spec.commandLine().getErr()));
      int code =
          Reporting.finish(
              app, spec.commandLine().getOut(), "import", summary, System.nanoTime() - start);
      if (embed) {
        IndexCommand.embed(
            app, Long.MAX_VALUE, spec.commandLine().getErr(), spec.commandLine().getOut());
      }
      return code;
    }
  }
}
