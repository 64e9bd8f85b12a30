package org.paperboy.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.VectorUtil;

/** HNSW recall against exact search over the full-precision vectors. */
final class Recall {
  private Recall() {}

  static double measure(IndexSearcher s, List<float[]> queries, int k, int candidates)
      throws IOException {
    double sum = 0;
    for (float[] q : queries) {
      Set<Integer> exact = exact(s, q, k);
      ScoreDoc[] approx = s.search(SearchService.nearest(q, candidates, null), k).scoreDocs;
      int found = 0;
      for (ScoreDoc d : approx) {
        if (exact.contains(d.doc)) {
          found++;
        }
      }
      sum += (double) found / k;
    }
    return sum / queries.size();
  }

  private static Set<Integer> exact(IndexSearcher s, float[] q, int k) throws IOException {
    PriorityQueue<ScoreDoc> best = new PriorityQueue<>((a, b) -> Float.compare(a.score, b.score));
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(PaperFields.VECTOR);
      if (values == null) {
        continue;
      }
      KnnVectorValues.DocIndexIterator it = values.iterator();
      for (int doc = it.nextDoc();
          doc != KnnVectorValues.DocIndexIterator.NO_MORE_DOCS;
          doc = it.nextDoc()) {
        if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
          continue;
        }
        float score = VectorUtil.dotProduct(q, values.vectorValue(it.index()));
        if (best.size() < k) {
          best.add(new ScoreDoc(leaf.docBase + doc, score));
        } else if (score > best.peek().score) {
          best.poll();
          best.add(new ScoreDoc(leaf.docBase + doc, score));
        }
      }
    }
    Set<Integer> docs = new HashSet<>();
    best.forEach(d -> docs.add(d.doc));
    return docs;
  }
}
