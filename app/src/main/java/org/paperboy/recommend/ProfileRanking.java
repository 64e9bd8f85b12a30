package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Ranks every stored paper for profiles given as lists (the evaluation path of {@code paperboy
 * recommend --profiles}): the same model and scorers as the site (or a candidate's, from the lab),
 * over the whole corpus, with no date window. Each profile is ranked from its own lists alone, or
 * with the co-saves of the readers given ({@code --readers}) blended in as on the site.
 */
final class ProfileRanking {
  private final List<String> ids;
  private final float[][] vectors; // whitened, or raw for a method that asks for them
  private final Map<String, Integer> index = new HashMap<>();
  private final ProfileMethod method;
  private final CoSaveModel coSaves; // null: each profile ranked from its own lists alone

  ProfileRanking(List<String> ids, float[][] vectors, ProfileMethod method, CoSaveModel coSaves) {
    this.ids = ids;
    this.vectors = vectors;
    this.method = method;
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
    ProfileMethod.Scoring scoring = method.prepare(new RankedProfile(liked, m, vectors, skip));
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
      double s = scoring.score(vectors[i]);
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
