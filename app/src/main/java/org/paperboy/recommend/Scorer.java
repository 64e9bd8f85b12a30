package org.paperboy.recommend;

import org.apache.lucene.util.VectorUtil;

/**
 * Scores a paper for a person. The shipped method ({@link Method#BLEND}, the best on the CiteULike
 * dev set, nDCG@10 0.113 and recall@50 0.291): in the whitened space, the mean similarity to the
 * {@value #K} nearest saved papers plus half the similarity to their centroid, less half the margin
 * by which the nearest dismissed paper is closer than the nearest saved one. The nearest papers
 * catch each of a person's interests; the centroid steadies the ranking where one near paper is a
 * stray. The other methods are its parts, measured against it (BENCHMARKS.md); the candidates that
 * are not shipped live in the lab.
 */
final class Scorer {
  /** How many nearest saved papers the mean takes (fewer when the library is smaller). */
  static final int K = 8;

  /** The ways to score, as compared on the dev set. */
  enum Method {
    /** Cosine to the mean of the saved papers. */
    CENTROID,
    /** Similarity to each saved paper, weighted by recency, as zotero-arxiv-daily does. */
    DECAY,
    /** Mean of the K nearest saved papers. */
    KNN,
    /** KNN plus half the centroid cosine (the default). */
    BLEND
  }

  /** A score and the saved paper most like the scored one (its index in the model: the reason). */
  record Score(double value, int because) {}

  private final Method method;

  Scorer(Method method) {
    this.method = method;
  }

  Method method() {
    return method;
  }

  Score score(Model m, float[] v) {
    float[][] liked = m.liked();
    int n = liked.length;
    if (n == 0) {
      return new Score(0, -1);
    }
    float[] top = new float[Math.min(K, n)];
    java.util.Arrays.fill(top, -2f);
    int best = 0;
    float bestSim = -2f;
    double decay = 0;
    double weights = 0;
    for (int i = 0; i < n; i++) {
      float s = VectorUtil.dotProduct(liked[i], v);
      if (s > bestSim) {
        bestSim = s;
        best = i;
      }
      if (method == Method.DECAY) {
        double w = 1 / (1 + Math.log10(i + 1));
        decay += w * s;
        weights += w;
      }
      if (s > top[top.length - 1]) {
        int j = top.length - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
    }
    double knn = 0;
    for (float t : top) {
      knn += t;
    }
    knn /= top.length;
    double value =
        switch (method) {
          case CENTROID -> VectorUtil.dotProduct(m.centroid(), v);
          case DECAY -> decay / weights;
          case KNN -> knn;
          case BLEND -> knn + 0.5 * VectorUtil.dotProduct(m.centroid(), v);
        };
    float worst = -2f;
    for (float[] d : m.disliked()) {
      worst = Math.max(worst, VectorUtil.dotProduct(d, v));
    }
    if (worst > bestSim) {
      value -= 0.5 * (worst - bestSim);
    }
    return new Score(value, best);
  }
}
