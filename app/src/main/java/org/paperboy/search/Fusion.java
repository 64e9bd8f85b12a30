package org.paperboy.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * Fuses a keyword and a semantic ranking into one: reciprocal rank fusion, each list counting
 * {@code 1 / (k + rank)} for each document (Cormack et al., 2009), with the semantic list weighted.
 */
final class Fusion {
  static final int K = 60;

  private Fusion() {}

  /** Fused ranking of Lucene doc ids, best first. */
  static List<ScoreDoc> reciprocalRank(
      ScoreDoc[] keyword, ScoreDoc[] semantic, float semanticWeight) {
    Map<Integer, Float> scores = new HashMap<>();
    for (int i = 0; i < keyword.length; i++) {
      scores.merge(keyword[i].doc, 1f / (K + i + 1), Float::sum);
    }
    for (int i = 0; i < semantic.length; i++) {
      scores.merge(semantic[i].doc, semanticWeight / (K + i + 1), Float::sum);
    }
    List<ScoreDoc> fused = new ArrayList<>(scores.size());
    scores.forEach((doc, score) -> fused.add(new ScoreDoc(doc, score)));
    fused.sort(
        (a, b) ->
            a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
    return fused;
  }
}
