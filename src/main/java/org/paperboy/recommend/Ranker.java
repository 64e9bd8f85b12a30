package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Scores candidate papers for a person with the shipped scorer and explains the chosen ones. */
final class Ranker {
  private final PaperStore papers;

  Ranker(PaperStore papers) {
    this.papers = papers;
  }

  /** A candidate with its score. */
  record Scored(Paper paper, Scorer.Score score) {}

  /**
   * The candidates over the threshold that are not in the person's lists, best first, from their
   * whitened vectors (a candidate without one is left out).
   */
  List<Scored> above(Models.Trained t, Collection<Paper> candidates, Map<String, float[]> vectors) {
    Map<String, Paper> byId = new LinkedHashMap<>();
    candidates.forEach(p -> byId.putIfAbsent(p.id(), p));
    List<Scored> out = new ArrayList<>();
    for (Map.Entry<String, Scorer.Score> e : over(t, byId.keySet(), vectors)) {
      out.add(new Scored(byId.get(e.getKey()), e.getValue()));
    }
    return out;
  }

  /**
   * The best {@code limit} of these papers (by id, with their whitened vectors) over the threshold
   * and not in the person's lists, best first; only those are read from the database.
   */
  List<Scored> bestAmong(
      Models.Trained t, List<String> ids, Map<String, float[]> vectors, int limit) {
    List<Map.Entry<String, Scorer.Score>> scored = over(t, ids, vectors);
    List<Map.Entry<String, Scorer.Score>> best = scored.subList(0, Math.min(limit, scored.size()));
    Map<String, Paper> found = papers.findAll(best.stream().map(Map.Entry::getKey).toList());
    List<Scored> out = new ArrayList<>(best.size());
    for (Map.Entry<String, Scorer.Score> e : best) {
      Paper p = found.get(e.getKey());
      if (p != null) {
        out.add(new Scored(p, e.getValue()));
      }
    }
    return out;
  }

  /** The ids over the threshold and not in the person's lists, with their scores, best first. */
  private static List<Map.Entry<String, Scorer.Score>> over(
      Models.Trained t, Collection<String> ids, Map<String, float[]> vectors) {
    Set<String> skip = new HashSet<>(t.library().saved());
    skip.addAll(t.library().dismissed());
    Scorer scorer = new Scorer(Scorer.Method.BLEND);
    List<Map.Entry<String, Scorer.Score>> scored = new ArrayList<>();
    for (String id : ids) {
      float[] v = vectors.get(id);
      if (v != null && !skip.contains(id)) {
        Scorer.Score s = scorer.score(t.model(), v);
        if (s.value() >= Recommendations.THRESHOLD) {
          scored.add(Map.entry(id, s));
        }
      }
    }
    scored.sort((a, b) -> Double.compare(b.getValue().value(), a.getValue().value()));
    return scored;
  }

  /** The chosen papers with their reasons: the saved paper each is most like. */
  List<Recommendations.Pick> picks(Models.Trained t, List<Scored> chosen) {
    if (chosen.isEmpty()) {
      return List.of();
    }
    Map<String, Paper> because =
        papers.findAll(
            chosen.stream().map(s -> t.model().likedIds().get(s.score().because())).toList());
    List<Recommendations.Pick> out = new ArrayList<>();
    for (Scored s : chosen) {
      Paper liked = because.get(t.model().likedIds().get(s.score().because()));
      String title = liked == null ? "a paper" : liked.title();
      out.add(
          new Recommendations.Pick(
              s.paper(), s.score().value(), "like “" + title + "”, which you saved", title));
    }
    return out;
  }
}
