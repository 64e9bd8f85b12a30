package org.paperboy.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.paperboy.Paperboy;
import org.paperboy.db.Database;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.Importer;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.OnnxEmbedder;
import org.paperboy.search.Recall;
import org.paperboy.search.Search;
import org.paperboy.search.SearchRequest;
import org.paperboy.search.SearchRequest.Mode;
import org.paperboy.search.Vectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Time searches over the papers of FILE (Kaggle format, e.g. from lab/run generate): import them",
      "into DIR, give each a stand-in vector (a random projection of its words: see BENCHMARKS.md),",
      "rebuild the index from the database, then run queries one at a time after a warm-up and",
      "print p50/p99 per mode, HNSW recall@10 against exact search, the real model's query time,",
      "index size and peak heap. Reuses DIR when it already holds the papers."
    })
public final class SearchBenchCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "bench-search",
      description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--queries",
      defaultValue = "500",
      description = "Timed queries per mode (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--skip-rebuild", description = "Use the index as it is.")
  boolean skipRebuild;

  @Option(
      names = "--vectors",
      paramLabel = "N",
      description =
          "Stand-in vectors for the N newest papers only (default: all), as on a box that"
              + " embeds only recent papers (PAPERBOY_EMBED_SINCE).")
  long vectors = Long.MAX_VALUE;

  @Parameters(paramLabel = "FILE")
  String file;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(data);
    try (OnnxEmbedder model =
        new OnnxEmbedder(Paperboy.MODEL, Runtime.getRuntime().availableProcessors(), 512, 1024)) {
      StandInEmbedder standIn = new StandInEmbedder(anchors(model), model);
      run(standIn, model);
    }
    return 0;
  }

  private void run(StandInEmbedder standIn, OnnxEmbedder model) throws Exception {
    try (Database db = Database.open("jdbc:sqlite:" + data.resolve("paperboy.db"));
        Search search =
            new Search(
                db,
                new PaperStore(db),
                data.resolve("index"),
                Paperboy.MODEL.key(),
                () -> standIn)) {
      PaperStore papers = new PaperStore(db);
      if (papers.count() == 0) {
        long t = System.nanoTime();
        new Importer(papers).importFiles(List.of(file), Format.AUTO, ImportListener.SILENT);
        System.out.printf("imported %,d papers in %.0f s%n", papers.count(), secs(t));
      }
      long t = System.nanoTime();
      long embedded = search.embed(vectors, (done, total, rate) -> {}, false);
      if (embedded > 0) {
        System.out.printf("stand-in vectors for %,d papers in %.0f s%n", embedded, secs(t));
      }
      if (!skipRebuild) {
        Heap.resetPeak();
        t = System.nanoTime();
        long n = search.rebuild();
        System.out.printf(
            "index rebuilt from the database: %,d papers in %.0f s (%.0f papers/s), peak heap %,d MiB%n",
            n, secs(t), n / secs(t), Heap.peak() >> 20);
      } else {
        search.catchUp();
        t = System.nanoTime();
        search.optimize();
        System.out.printf("merged into one segment in %.0f s%n", secs(t));
      }
      Search.Stats stats = search.stats();
      System.out.printf(
          "index: %,d documents, %,d MiB on disk%n", stats.indexed(), stats.indexBytes() >> 20);

      List<String> qs = queries(queries + 100);
      Heap.resetPeak();
      for (Mode mode : Mode.values()) {
        for (String q : qs.subList(0, 100)) {
          search.search(SearchRequest.of(q, mode, 10));
        }
        List<Double> times =
            time(
                qs.subList(100, qs.size()),
                q -> search.search(SearchRequest.of(q, mode, 10)).millis());
        System.out.printf(
            "%-8s p50 %6.2f ms  p99 %6.2f ms  (%d queries, top 10, server-side, query embedding included)%n",
            mode.name().toLowerCase(Locale.ROOT), pct(times, 50), pct(times, 99), times.size());
      }
      List<Double> embedTimes =
          time(
              qs.subList(100, qs.size()),
              q -> {
                long s = System.nanoTime();
                model.embedQuery(q);
                return (System.nanoTime() - s) / 1e6;
              });
      System.out.printf(
          "of which the query embedding alone: p50 %.2f ms  p99 %.2f ms%n",
          pct(embedTimes, 50), pct(embedTimes, 99));
      List<float[]> vectors = new ArrayList<>();
      for (String q : qs.subList(0, 100)) {
        vectors.add(model.embedQuery(q));
      }
      for (Recall.Point p :
          Recall.measure(data.resolve("index"), vectors, 10, 10, 100, 400, 1000)) {
        System.out.printf(
            "HNSW recall@10 vs exact, asking for %4d candidates: %.3f (median %.2f ms, 100 queries)%n",
            p.candidates(), p.recall(), p.medianMillis());
      }
      System.out.printf(
          "peak heap while searching: %,d MiB (max %,d MiB)%n",
          Heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  /** Real embeddings of the demo abstracts, cached in the data folder after the first run. */
  private float[][] anchors(OnnxEmbedder model) throws Exception {
    Path cache = data.resolve("anchors.f32");
    if (Files.exists(cache)) {
      byte[] bytes = Files.readAllBytes(cache);
      int dims = model.dimensions();
      float[][] out = new float[bytes.length / 4 / dims][];
      for (int i = 0; i < out.length; i++) {
        out[i] =
            Vectors.fromBytes(
                java.util.Arrays.copyOfRange(bytes, i * dims * 4, (i + 1) * dims * 4));
      }
      return out;
    }
    List<String> texts = SyntheticPapers.demoAbstracts();
    long t = System.nanoTime();
    float[][] anchors = model.embedPassages(texts);
    System.out.printf(
        "anchors: %,d demo abstracts embedded with the real model in %.0f s%n",
        anchors.length, secs(t));
    try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(cache))) {
      for (float[] a : anchors) {
        out.write(Vectors.toBytes(a));
      }
    }
    return anchors;
  }

  /** Two to four words drawn from the corpus vocabulary, the shape of a researcher's query. */
  public static List<String> queries(int n) throws Exception {
    SyntheticPapers vocabulary = SyntheticPapers.fromDemoVocabulary();
    SplittableRandom r = new SplittableRandom(7);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(vocabulary.words(2 + r.nextInt(3), r));
    }
    return out;
  }

  private static List<Double> time(List<String> qs, Function<String, Double> run) {
    List<Double> times = new ArrayList<>();
    for (String q : qs) {
      times.add(run.apply(q));
    }
    times.sort(null);
    return times;
  }

  static double pct(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
