package org.paperboy.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.ingest.Format;
import org.paperboy.ingest.ImportListener;
import org.paperboy.search.OnnxEmbedder;
import org.paperboy.search.Recall;
import org.paperboy.search.SearchRequest;
import org.paperboy.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score search quality on a BEIR dataset: import the corpus into DIR, embed it (kept for the",
      "next run), run every judged query in each mode and print nDCG@10 as trec_eval computes it."
    })
public final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--dataset",
      paramLabel = "DIR",
      required = true,
      description = "BEIR folder with corpus.jsonl(.gz), queries.jsonl, qrels/.")
  Path dataset;

  @Option(
      names = "--qrels",
      defaultValue = "train.tsv",
      description = "Judgements file under qrels/ (default: ${DEFAULT-VALUE}).")
  String qrels;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "eval-data",
      description =
          "Data folder for the evaluation's own database and index (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(
      names = "--modes",
      split = ",",
      defaultValue = "keyword,semantic,hybrid",
      description = "Modes to score.")
  List<String> modes;

  @Override
  public Integer call() throws Exception {
    Path corpus =
        Files.exists(dataset.resolve("corpus.jsonl.gz"))
            ? dataset.resolve("corpus.jsonl.gz")
            : dataset.resolve("corpus.jsonl");
    Map<String, Map<String, Integer>> judged =
        Ndcg.readQrels(dataset.resolve("qrels").resolve(qrels));
    Map<String, String> queries = new LinkedHashMap<>();
    try (BufferedReader r = Files.newBufferedReader(dataset.resolve("queries.jsonl"))) {
      var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
      String line;
      while ((line = r.readLine()) != null) {
        var q = mapper.readTree(line);
        if (judged.containsKey(q.get("_id").asText())) {
          queries.put(q.get("_id").asText(), q.get("text").asText());
        }
      }
    }
    try (Paperboy app = Paperboy.open(Config.of(data.toString(), null))) {
      app.importer().importFiles(List.of(corpus.toString()), Format.BEIR, ImportListener.SILENT);
      app.search().catchUp();
      app.search()
          .embed(
              Long.MAX_VALUE,
              (done, total, rate) -> {
                if (done % 640 == 0 || done == total) {
                  System.err.printf("embedded %d/%d (%.1f/s)%n", done, total, rate);
                }
              });
      System.out.printf(
          "%s: %d documents, %d judged queries (qrels/%s)%n",
          dataset, app.papers().count(), queries.size(), qrels);
      for (String mode : modes) {
        SearchRequest.Mode m = SearchRequest.Mode.parse(mode);
        double sum = 0;
        List<Double> times = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
          SearchResults results = app.search().search(SearchRequest.of(q.getValue(), m, 10));
          times.add(results.millis());
          List<String> ranking = results.hits().stream().map(h -> h.paper().id()).toList();
          sum += Ndcg.at(10, ranking, judged.get(q.getKey()));
        }
        times.sort(null);
        System.out.printf(
            "%-8s nDCG@10 %.4f   (median %.1f ms a query)%n",
            mode, sum / queries.size(), times.get(times.size() / 2));
      }
      try (OnnxEmbedder model =
          new OnnxEmbedder(Paperboy.MODEL, Runtime.getRuntime().availableProcessors(), 512, 1024)) {
        List<float[]> vectors = new ArrayList<>();
        for (String q : queries.values().stream().limit(100).toList()) {
          vectors.add(model.embedQuery(q));
        }
        for (Recall.Point p :
            Recall.measure(
                app.config().dataDir().resolve("index"), vectors, 10, 10, 100, 400, 1000)) {
          System.out.printf(
              "HNSW recall@10 vs exact, asking for %4d candidates: %.3f (median %.2f ms, 100 queries)%n",
              p.candidates(), p.recall(), p.medianMillis());
        }
      }
    }
    return 0;
  }
}
