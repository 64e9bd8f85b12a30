package org.paperboy.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.paper.Paper;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/**
 * Issue 22's benchmarks (BENCHMARKS.md), run by hand from the test class path against local
 * stand-ins: (1) a bioRxiv day of 150 preprints (pages of 100 and 50, abstracts of about 1,500
 * characters) harvested and indexed into a fresh SQLite store, no pauses; (2) a 10,000-note
 * OpenReview venue (70 % of the notes match stored papers by title and first author, 5 % by an
 * arXiv link, 25 % match nothing) against STORED synthetic papers, each run on a fresh copy of the
 * store.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.ingest.SourcesBenchmark DIR [STORED] [RUNS]}
 */
public final class SourcesBenchmark {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] WORDS = {
    "sparse", "attention", "kernels", "neurons", "graph", "diffusion", "retrieval", "robust",
    "optimal", "transport", "learning", "bounds", "language", "models", "memory", "scaling",
    "cortex", "synaptic", "protein", "folding", "cells", "zebrafish", "signalling", "genome"
  };

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int stored = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    biorxivDay(dir.resolve("biorxiv"), runs);
    openReviewVenue(dir.resolve("openreview"), stored, runs);
  }

  static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    return b.toString();
  }

  static byte[] biorxivPage(int cursor, int count, int total) throws Exception {
    SplittableRandom r = new SplittableRandom(cursor);
    ObjectNode root = JSON.createObjectNode();
    root.putArray("messages")
        .addObject()
        .put("status", "ok")
        .put("cursor", String.valueOf(cursor))
        .put("count", count)
        .put("total", String.valueOf(total));
    ArrayNode c = root.putArray("collection");
    for (int i = 0; i < count; i++) {
      int n = cursor + i;
      c.addObject()
          .put("title", "On " + words(r, 8) + " " + n)
          .put("authors", "Smith, J.; Doe, A. B.; Okafor, C.; Lindqvist, M.")
          .put("doi", "10.1101/2026.11.05." + (600000 + n))
          .put("date", "2026-11-5")
          .put("version", "1")
          .put("category", "neuroscience")
          .put("license", "cc_by")
          .put("abstract", words(r, 200))
          .put("server", "bioRxiv");
    }
    return JSON.writeValueAsBytes(root);
  }

  static void biorxivDay(Path dir, int runs) throws Exception {
    byte[] first = biorxivPage(0, 100, 150);
    byte[] second = biorxivPage(100, 50, 150);
    double[] seconds = new double[runs];
    try (LocalHttpServer api =
        LocalHttpServer.withPaths(
            p -> new Reply(200, Map.of(), p.endsWith("/0") ? first : second))) {
      for (int run = 0; run < runs; run++) {
        Path data = dir.resolve("run" + run);
        try (Paperboy app =
            Paperboy.open(new Config(data, null, new Config.Embeddings(null, null, null, 2)))) {
          long t = System.nanoTime();
          ImportSummary s =
              new BiorxivHarvester(app.database(), app.papers())
                  .harvest(
                      new BiorxivRequest(
                          api.url(""),
                          "biorxiv",
                          LocalDate.of(2026, 11, 5),
                          LocalDate.of(2026, 11, 5),
                          Duration.ZERO),
                      ImportListener.SILENT);
          app.search().catchUp();
          seconds[run] = (System.nanoTime() - t) / 1e9;
          System.out.printf(
              "bioRxiv day run %d: %s, harvested and indexed in %.2f s%n", run, s, seconds[run]);
        }
      }
    }
    System.out.printf("bioRxiv day median: %.2f s%n", median(seconds));
  }

  static String title(int i) {
    SplittableRandom r = new SplittableRandom(i * 7919L);
    return words(r, 6) + " for " + words(r, 3) + " " + Integer.toString(i, 36);
  }

  static Paper stored(int i) {
    String id =
        String.format("%02d%02d.%05d", 20 + i / 1_200_000, 1 + (i / 100_000) % 12, i % 100_000);
    return new Paper(
        id,
        1,
        title(i),
        "Abstract of paper " + i + ".",
        List.of("Author" + (i % 5000) + " Surname" + (i % 997), "B. Other"),
        List.of("cs.LG"),
        LocalDate.of(2025, 1, 1).plusDays(i % 365),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "oai",
        null);
  }

  static byte[] notesPage(int offset, int limit, int total, int stored) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode notes = root.putArray("notes");
    SplittableRandom r = new SplittableRandom(offset);
    for (int n = offset; n < Math.min(total, offset + limit); n++) {
      int kind = n % 20; // 0..13 title match, 14 arXiv link, 15..19 unmatched
      int i = r.nextInt(stored);
      Paper p = stored(i);
      ObjectNode content = JSON.createObjectNode();
      String title =
          kind < 15 ? p.title().toUpperCase() : "Unmatched note " + n + " " + words(r, 5);
      content.putObject("title").put("value", title);
      content.putObject("abstract").put("value", words(r, 150));
      ArrayNode authors = content.putObject("authors").putArray("value");
      authors.add(kind < 15 ? "Ann " + p.authors().getFirst().split(" ")[1] : "Nobody " + n);
      content.putObject("venue").put("value", n % 10 == 0 ? "ICLR 2025 Oral" : "ICLR 2025 Poster");
      content.putObject("venueid").put("value", "ICLR.cc/2025/Conference");
      if (kind == 14) {
        content.putObject("supplementary_material").put("value", "https://arxiv.org/abs/" + p.id());
      }
      notes
          .addObject()
          .put("id", "note" + n)
          .put("forum", "note" + n)
          .put("pdate", 1737936000000L)
          .set("content", content);
    }
    root.put("count", total);
    return JSON.writeValueAsBytes(root);
  }

  static void openReviewVenue(Path dir, int stored, int runs) throws Exception {
    Path base = dir.resolve("base");
    Config baseConfig = new Config(base, null, new Config.Embeddings(null, null, null, 2));
    try (Paperboy app = Paperboy.open(baseConfig)) {
      if (app.papers().count() < stored) {
        long t = System.nanoTime();
        List<Paper> batch = new ArrayList<>();
        for (int i = (int) app.papers().count(); i < stored; i++) {
          batch.add(stored(i));
          if (batch.size() == 5_000) {
            app.papers().upsert(batch);
            batch.clear();
          }
        }
        app.papers().upsert(batch);
        System.out.printf("stored %,d papers in %.1f s%n", stored, (System.nanoTime() - t) / 1e9);
      }
      long t = System.nanoTime();
      app.search().catchUp(); // indexed once here, not in the background of the timed runs
      System.out.printf("index caught up in %.1f s%n", (System.nanoTime() - t) / 1e9);
    }
    int total = 10_000;
    List<byte[]> pages = new ArrayList<>();
    for (int offset = 0; offset < total; offset += 1_000) {
      pages.add(notesPage(offset, 1_000, total, stored));
    }
    double[] seconds = new double[runs];
    try (LocalHttpServer api =
        LocalHttpServer.withPaths(
            p -> {
              if (p.startsWith("/groups")) {
                return new Reply(200, Map.of(), "{\"groups\":[{}]}".getBytes());
              }
              int offset = Integer.parseInt(p.substring(p.indexOf("offset=") + 7));
              return new Reply(200, Map.of(), pages.get(offset / 1_000));
            })) {
      for (int run = 0; run < runs; run++) {
        Path copy = dir.resolve("run" + run);
        copyTree(base, copy);
        try (Paperboy app =
            Paperboy.open(new Config(copy, null, new Config.Embeddings(null, null, null, 2)))) {
          long t = System.nanoTime();
          OpenReviewHarvester.Result r =
              new OpenReviewHarvester(app.database(), app.papers())
                  .harvest(
                      api.url(""), "ICLR.cc/2025/Conference", Duration.ZERO, ImportListener.SILENT);
          seconds[run] = (System.nanoTime() - t) / 1e9;
          System.out.printf(
              "OpenReview venue run %d: %,d matched, %,d new, %s in %.2f s%n",
              run, r.matched(), r.created(), r.summary(), seconds[run]);
          t = System.nanoTime();
          OpenReviewHarvester.Result again =
              new OpenReviewHarvester(app.database(), app.papers())
                  .harvest(
                      api.url(""), "ICLR.cc/2025/Conference", Duration.ZERO, ImportListener.SILENT);
          System.out.printf(
              "  rerun: %s in %.2f s%n", again.summary(), (System.nanoTime() - t) / 1e9);
        }
      }
    }
    System.out.printf(
        "OpenReview 10,000 notes against %,d papers, median: %.2f s%n", stored, median(seconds));
  }

  /** The data folder (database, index, secret) as it is, into a fresh folder. */
  static void copyTree(Path from, Path to) throws java.io.IOException {
    try (var files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
