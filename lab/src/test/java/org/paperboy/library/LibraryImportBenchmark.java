package org.paperboy.library;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.paper.Paper;

/**
 * The import benchmark (BENCHMARKS.md), run by hand from the test class path: a Zotero-like BibTeX
 * file of 5,000 entries (about 10 MB with abstracts and file fields) imported into a library over
 * PAPERS stored papers. The mix: 70 % arXiv eprint, 10 % "arXiv preprint arXiv:" in journal, 10 %
 * DOI only, 8 % title only, 2 % matching nothing. RIS and CSL JSON of the same entries follow.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.library.LibraryImportBenchmark DIR [PAPERS]}
 */
public final class LibraryImportBenchmark {
  static final int ENTRIES = 5_000;
  static final String[] WORDS = {
    "sparse", "attention", "kernels", "quantum", "graph", "diffusion", "retrieval", "robust",
    "optimal", "transport", "learning", "bounds", "language", "models", "memory", "scaling"
  };

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int stored = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Config config = new Config(data, null, new Config.Embeddings(null, null, null, 2));
    try (Paperboy app = Paperboy.open(config)) {
      if (app.papers().count() < stored) {
        long t = System.nanoTime();
        List<Paper> batch = new ArrayList<>();
        for (int i = 0; i < stored; i++) {
          batch.add(paper(i));
          if (batch.size() == 5_000) {
            app.papers().upsert(batch);
            batch.clear();
          }
        }
        app.papers().upsert(batch);
        System.out.printf("stored %,d papers in %.1f s%n", stored, (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        app.search().catchUp();
        System.out.printf("indexed in %.1f s%n", (System.nanoTime() - t) / 1e9);
      }
    }
    StringBuilder bib = new StringBuilder();
    SplittableRandom random = new SplittableRandom(7);
    for (int e = 0; e < ENTRIES; e++) {
      int i = random.nextInt(stored);
      bib.append(entry(e, paper(i), random));
    }
    byte[] file = bib.toString().getBytes(StandardCharsets.UTF_8);
    Files.write(data.resolve("bench-library.bib"), file);
    System.out.printf(
        "machine: %d cores, max heap %d MiB, %s; file %,d bytes, %,d entries%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        Instant.now(),
        file.length,
        ENTRIES);
    for (int run = 1; run <= 3; run++) {
      try (Paperboy app = Paperboy.open(config)) {
        Library library = app.library();
        String user = library.userIdFor("bench" + System.nanoTime() + "@bench.test");
        var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        var os =
            (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long t = System.nanoTime();
        long c = cpu.getCurrentThreadCpuTime();
        Bibliography parsed = Formats.read(file);
        double parse = (System.nanoTime() - t) / 1e9;
        double parseCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
        t = System.nanoTime();
        c = cpu.getCurrentThreadCpuTime();
        long p = os.getProcessCpuTime();
        ImportReport r = library.importFile(user, file, "http://127.0.0.1:9/", Duration.ZERO, 0);
        double total = (System.nanoTime() - t) / 1e9;
        double totalCpu = (cpu.getCurrentThreadCpuTime() - c) / 1e9;
        double processCpu = (os.getProcessCpuTime() - p) / 1e9;
        System.out.printf(
            "run %d: parse %.2f s wall / %.2f s CPU (%d entries); whole import (parse again,"
                + " match, save) %.2f s wall / %.2f s CPU (process, all threads: %.2f s): %s%n",
            run,
            parse,
            parseCpu,
            parsed.entries().size(),
            total,
            totalCpu,
            processCpu,
            r.summary());
      }
    }
  }

  static Paper paper(int i) {
    String id = String.format("23%02d.%05d", 1 + i / 100_000 % 12, i % 100_000);
    String title =
        "Study "
            + i
            + " of "
            + WORDS[i % 16]
            + " "
            + WORDS[(i / 16) % 16]
            + " "
            + WORDS[(i / 256) % 16];
    return new Paper(
        id,
        1,
        title,
        "We look at " + title.toLowerCase() + ".",
        List.of("Ada Lovelace", "Alan Turing"),
        List.of("cs.LG"),
        LocalDate.of(2023, 1 + i / 100_000 % 12, 1 + i % 28),
        null,
        "10.1234/bench." + i,
        null,
        null,
        null,
        Paper.Links.NONE,
        "bench",
        null);
  }

  static String entry(int e, Paper p, SplittableRandom random) {
    int kind = random.nextInt(100);
    StringBuilder s = new StringBuilder("@article{entry" + e + ",\n");
    s.append("  title = {")
        .append(kind >= 98 ? "Unrelated notes " + e + " on gardening" : p.title())
        .append("},\n");
    s.append("  author = {Lovelace, Ada and Turing, Alan},\n  year = {2023},\n");
    if (kind < 70) {
      s.append("  eprint = {").append(p.id()).append("},\n  archivePrefix = {arXiv},\n");
    } else if (kind < 80) {
      s.append("  journal = {arXiv preprint arXiv:").append(p.id()).append("},\n");
    } else if (kind < 90) {
      s.append("  doi = {").append(p.doi().toUpperCase()).append("},\n");
    }
    s.append("  abstract = {")
        .append("A long abstract sentence about the work. ".repeat(42))
        .append("},\n");
    s.append("  file = {Full Text PDF:/home/ada/Zotero/storage/")
        .append(e)
        .append("/paper.pdf:application/pdf},\n");
    s.append("}\n\n");
    return s.toString();
  }
}
