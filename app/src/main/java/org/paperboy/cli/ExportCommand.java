package org.paperboy.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.paperboy.Paperboy;
import org.paperboy.ingest.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Write every paper as Paperboy JSON lines (to FILE, gzipped when it ends in .gz, or stdout); import reads it back unchanged.")
final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", description = "Only jsonl (default).")
  String format;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "Output file (default stdout).")
  Path file;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("jsonl")) {
      throw new IllegalArgumentException("unknown export format '" + format + "' (only jsonl)");
    }
    try (Paperboy app = common.open()) {
      return export(app.exporter());
    }
  }

  private int export(Exporter exporter) throws IOException {
    long count;
    if (file == null) {
      OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
      count = exporter.export(out);
    } else {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
          OutputStream out =
              file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
        count = exporter.export(out);
      }
    }
    spec.commandLine().getErr().printf("exported %,d papers%n", count);
    return 0;
  }
}
