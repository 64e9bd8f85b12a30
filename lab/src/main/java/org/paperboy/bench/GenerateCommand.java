package org.paperboy.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write N synthetic papers in the Kaggle arXiv snapshot format (gzipped when FILE ends in .gz).")
public final class GenerateCommand implements Callable<Integer> {
  @Option(
      names = "--papers",
      defaultValue = "1000000",
      description = "How many (default: ${DEFAULT-VALUE}).")
  long papers;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Parameters(paramLabel = "FILE")
  Path file;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        OutputStream out =
            file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
      SyntheticPapers.fromDemoVocabulary().write(papers, seed, out);
    }
    System.err.printf(
        "wrote %,d papers to %s (%,d bytes) in %.1f s%n",
        papers, file, Files.size(file), (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
