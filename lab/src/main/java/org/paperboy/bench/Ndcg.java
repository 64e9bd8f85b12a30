package org.paperboy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * nDCG@k as trec_eval's {@code ndcg_cut}: linear gain, log2(rank + 1) discount, the ideal ranking
 * made from every judged relevant document of the query; queries without relevant judgements are
 * not scored.
 */
final class Ndcg {
  private Ndcg() {}

  /** BEIR qrels (a TSV with a header: query-id, corpus-id, score): query id to doc id to grade. */
  static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (f.length >= 3 && Integer.parseInt(f[2].strip()) > 0) {
        qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
      }
    }
    return qrels;
  }

  static double at(int k, List<String> ranking, Map<String, Integer> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      dcg += relevant.getOrDefault(ranking.get(i), 0) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(relevant.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
