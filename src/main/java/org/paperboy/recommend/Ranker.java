package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Scores candidate papers for a person with the shipped scorer and explains the chosen ones. */
final class Ranker {
  private final Models models;
  private final PaperStore papers;

  Ranker(Models models, PaperStore papers) {
    this.models = models;
    this.papers = papers;
  }

  /** A candidate with its score. */
  record Scored(Paper paper, Scorer.Score score) {}

  /**
   * The candidates over the threshold that are not in the person's lists, best first; {@code
   * known}: their whitened vectors when the caller has them (else read and whitened here).
   */
  List<Scored> above(Models.Trained t, Collection<Paper> candidates, Map<String, float[]> known) {
    Set<String> skip = new HashSet<>(t.library().saved());
    skip.addAll(t.library().dismissed());
    List<Paper> open = candidates.stream().filter(p -> !skip.contains(p.id())).toList();
    Map<String, float[]> vectors =
        known != null ? known : models.whitened(open.stream().map(Paper::id).toList());
    Scorer scorer = new Scorer(Scorer.Method.BLEND);
    List<Scored> scored = new ArrayList<>();
    for (Paper p : open) {
      float[] v = vectors.get(p.id());
      if (v != null) {
        Scorer.Score s = scorer.score(t.model(), v);
        if (s.value() >= Recommendations.THRESHOLD) {
          scored.add(new Scored(p, s));
        }
      }
    }
    scored.sort((a, b) -> Double.compare(b.score().value(), a.score().value()));
    return scored;
  }

  /**
   * The best {@code limit} of these papers (by id, with their whitened vectors) over the threshold
   * and not in the person's lists, best first; only those are read from the database.
   */
  List<Scored> bestAmong(
      Models.Trained t, List<String> ids, Map<String, float[]> vectors, int limit) {
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
