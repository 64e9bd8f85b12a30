package org.paperboy.bench;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "trec-score",
    mixinStandardHelpOptions = true,
    description = {
      "Score a TREC run (qid Q0 docid rank score tag) against BEIR qrels: nDCG@10 as trec_eval's",
      "ndcg_cut.10 and recall@50, averaged over every query in the qrels (a missing one scores 0)."
    })
public final class TrecScoreCommand implements Callable<Integer> {
  @Option(names = "--qrels", required = true, description = "BEIR qrels TSV (with a header).")
  Path qrels;

  @Option(names = "--run", required = true, description = "The TREC run file.")
  Path run;

  @Override
  public Integer call() throws Exception {
    Map<String, Map<String, Integer>> judged = Ndcg.readQrels(qrels);
    Map<String, List<String[]>> rows = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(run)) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.trim().split("\\s+");
        if (f.length >= 5) {
          rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
        }
      }
    }
    double ndcg = 0;
    double recall = 0;
    for (var e : judged.entrySet()) {
      List<String[]> r = rows.getOrDefault(e.getKey(), List.of());
      // trec_eval orders by score (descending), ties by docid descending
      List<String[]> sorted = new ArrayList<>(r);
      sorted.sort(
          (a, b) -> {
            int c = Double.compare(Double.parseDouble(b[4]), Double.parseDouble(a[4]));
            return c != 0 ? c : b[2].compareTo(a[2]);
          });
      List<String> ranking = sorted.stream().map(f -> f[2]).toList();
      ndcg += Ndcg.at(10, ranking, e.getValue());
      long found = ranking.stream().limit(50).filter(e.getValue()::containsKey).count();
      recall += (double) found / e.getValue().size();
    }
    int n = judged.size();
    System.out.printf("queries %d  nDCG@10 %.4f  recall@50 %.4f%n", n, ndcg / n, recall / n);
    return 0;
  }
}
