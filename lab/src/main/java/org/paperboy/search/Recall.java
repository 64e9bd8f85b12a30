package org.paperboy.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.VectorUtil;

/**
 * A measuring tool for the benchmarks ({@code lab/run search}, {@code lab/run eval}), never called
 * by the product: how many of the exact {@code k} nearest neighbours (brute force over every
 * full-precision vector) the search's own HNSW query finds. It reads the index's last commit in
 * {@code DATA/index} on its own, beside whatever process owns it.
 */
public final class Recall {
  private Recall() {}

  /** Recall@k at a number of HNSW candidates, with the median time of that search. */
  public record Point(int candidates, double recall, double medianMillis) {}

  /**
   * One point per candidate count, averaged over the queries; the exact neighbours are found once
   * per query.
   */
  public static List<Point> measure(Path indexDir, List<float[]> queries, int k, int... candidates)
      throws IOException {
    try (Directory directory = FSDirectory.open(indexDir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return measure(new IndexSearcher(reader), queries, k, candidates);
    }
  }

  private static List<Point> measure(
      IndexSearcher s, List<float[]> queries, int k, int... candidates) throws IOException {
    List<Set<Integer>> exact = new ArrayList<>();
    for (float[] q : queries) {
      exact.add(exact(s, q, k));
    }
    List<Point> out = new ArrayList<>();
    for (int c : candidates) {
      double sum = 0;
      double[] millis = new double[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long start = System.nanoTime();
        ScoreDoc[] approx = s.search(Retrieval.nearest(queries.get(i), c, null), k).scoreDocs;
        millis[i] = (System.nanoTime() - start) / 1e6;
        int found = 0;
        for (ScoreDoc d : approx) {
          if (exact.get(i).contains(d.doc)) {
            found++;
          }
        }
        sum += (double) found / k;
      }
      Arrays.sort(millis);
      out.add(new Point(c, sum / queries.size(), millis[millis.length / 2]));
    }
    return out;
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
