package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Ranks every stored paper for profiles given as lists (the evaluation path of {@code paperboy
 * recommend --profiles}): the same model and scorer as the site, over the whole corpus, with no
 * date window. Each profile is ranked from its own lists alone, or with the co-saves of the readers
 * given ({@code --readers}) blended in as on the site.
 */
final class ProfileRanking {
  private final List<String> ids;
  private final float[][] vectors; // whitened, or raw for the unwhitened candidates
  private final Map<String, Integer> index = new HashMap<>();
  private final Scorer scorer;
  private final CoSaveModel coSaves; // null: each profile ranked from its own lists alone

  ProfileRanking(List<String> ids, float[][] vectors, Scorer scorer, CoSaveModel coSaves) {
    this.ids = ids;
    this.vectors = vectors;
    this.scorer = scorer;
    this.coSaves = coSaves;
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
  }

  /** A paper ranked for a profile. */
  record Hit(String paperId, double score) {}

  List<Hit> rank(List<String> liked, List<String> disliked, int limit) {
    Model m = model(liked, disliked);
    Set<Integer> skip = new HashSet<>();
    for (String id : liked) {
      skip.add(index.getOrDefault(id, -1));
    }
    for (String id : disliked) {
      skip.add(index.getOrDefault(id, -1));
    }
    if (scorer.method().learnt()) {
      // random stored papers, drawn the same way every run for the same profile
      Random r = new Random(liked.hashCode());
      m =
          Logistic.learn(
              m,
              draw(r, Logistic.NEGATIVES * m.liked().length, skip),
              draw(r, Logistic.REFERENCE, skip));
    }
    double[] extra = coSaves == null ? null : new double[vectors.length];
    if (coSaves != null) {
      coSaves
          .scores(liked)
          .forEach(
              (id, c) -> {
                Integer i = index.get(id);
                if (i != null) {
                  extra[i] = CoSaveBlend.extra(c.value());
                }
              });
    }
    // the worst kept on top; of equal scores the later paper counts as worse (ties go by corpus
    // order)
    PriorityQueue<double[]> top =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(b[1], a[1]));
    for (int i = 0; i < vectors.length; i++) {
      if (skip.contains(i)) {
        continue;
      }
      double s = scorer.score(m, vectors[i]).value();
      if (extra != null) {
        s += extra[i];
      }
      if (top.size() < limit) {
        top.add(new double[] {s, i});
      } else if (s > top.peek()[0] || (s == top.peek()[0] && i < top.peek()[1])) {
        top.poll();
        top.add(new double[] {s, i});
      }
    }
    List<Hit> out = new ArrayList<>();
    while (!top.isEmpty()) {
      double[] t = top.poll();
      out.add(new Hit(ids.get((int) t[1]), t[0]));
    }
    Collections.reverse(out);
    return out;
  }

  private float[][] draw(Random r, int n, Set<Integer> skip) {
    int want = Math.min(n, vectors.length - skip.size());
    float[][] out = new float[Math.max(0, want)][];
    for (int k = 0; k < out.length; ) {
      int i = r.nextInt(vectors.length);
      if (!skip.contains(i)) {
        out[k++] = vectors[i];
      }
    }
    return out;
  }

  private Model model(List<String> liked, List<String> disliked) {
    List<String> li = new ArrayList<>();
    List<float[]> lv = new ArrayList<>();
    for (String id : liked) {
      Integer i = index.get(id);
      if (i != null) {
        li.add(id);
        lv.add(vectors[i]);
      }
    }
    List<String> di = new ArrayList<>();
    List<float[]> dv = new ArrayList<>();
    for (String id : disliked) {
      Integer i = index.get(id);
      if (i != null) {
        di.add(id);
        dv.add(vectors[i]);
      }
    }
    return Model.of(li, lv, di, dv);
  }
}
