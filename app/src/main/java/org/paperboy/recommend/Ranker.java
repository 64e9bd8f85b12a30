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
  private final java.util.function.Supplier<CoSaveModel> coSaves;

  Ranker(PaperStore papers, java.util.function.Supplier<CoSaveModel> coSaves) {
    this.papers = papers;
    this.coSaves = coSaves;
  }

  /**
   * A candidate with its score: the content score with the co-save score blended in ({@link
   * CoSaveBlend}), and the co-saves behind it (null when nobody saved it with the person's papers).
   */
  record Scored(Paper paper, Scorer.Score score, CoSaveModel.Score co) {}

  /** A paper's blended score, its content score (for the reason) and co-saves. */
  private record Blended(double value, Scorer.Score content, CoSaveModel.Score co) {}

  /**
   * The candidates over the threshold that are not in the person's lists, best first, from their
   * whitened vectors (a candidate without one is left out).
   */
  List<Scored> above(Models.Trained t, Collection<Paper> candidates, Map<String, float[]> vectors) {
    Map<String, Paper> byId = new LinkedHashMap<>();
    candidates.forEach(p -> byId.putIfAbsent(p.id(), p));
    List<Scored> out = new ArrayList<>();
    for (Map.Entry<String, Blended> e : over(t, byId.keySet(), vectors)) {
      Blended b = e.getValue();
      out.add(new Scored(byId.get(e.getKey()), score(b), b.co()));
    }
    return out;
  }

  /**
   * The best {@code limit} of these papers (by id, with their whitened vectors) over the threshold
   * and not in the person's lists, best first; only those are read from the database.
   */
  List<Scored> bestAmong(
      Models.Trained t, List<String> ids, Map<String, float[]> vectors, int limit) {
    List<Map.Entry<String, Blended>> scored = over(t, ids, vectors);
    List<Map.Entry<String, Blended>> best = scored.subList(0, Math.min(limit, scored.size()));
    Map<String, Paper> found = papers.findAll(best.stream().map(Map.Entry::getKey).toList());
    List<Scored> out = new ArrayList<>(best.size());
    for (Map.Entry<String, Blended> e : best) {
      Paper p = found.get(e.getKey());
      if (p != null) {
        out.add(new Scored(p, score(e.getValue()), e.getValue().co()));
      }
    }
    return out;
  }

  private static Scorer.Score score(Blended b) {
    return new Scorer.Score(b.value(), b.content().because());
  }

  /**
   * The ids over the threshold and not in the person's lists, with their blended scores, best
   * first.
   */
  private List<Map.Entry<String, Blended>> over(
      Models.Trained t, Collection<String> ids, Map<String, float[]> vectors) {
    Set<String> skip = new HashSet<>(t.library().saved());
    skip.addAll(t.library().dismissed());
    Map<String, CoSaveModel.Score> co = coSaves.get().scores(t.library().saved());
    Scorer scorer = new Scorer(Scorer.Method.BLEND);
    List<Map.Entry<String, Blended>> scored = new ArrayList<>();
    for (String id : ids) {
      float[] v = vectors.get(id);
      if (v != null && !skip.contains(id)) {
        Scorer.Score s = scorer.score(t.model(), v);
        CoSaveModel.Score c = co.get(id);
        double value = s.value() + (c == null ? 0 : CoSaveBlend.extra(c.value()));
        if (value >= Recommendations.THRESHOLD) {
          scored.add(Map.entry(id, new Blended(value, s, c)));
        }
      }
    }
    scored.sort((a, b) -> Double.compare(b.getValue().value(), a.getValue().value()));
    return scored;
  }

  /**
   * The chosen papers with their reasons: the saved paper each is most like or, for a paper other
   * readers saved with the person's, how many readers saved it with which of them (never who).
   */
  List<Recommendations.Pick> picks(Models.Trained t, List<Scored> chosen) {
    if (chosen.isEmpty()) {
      return List.of();
    }
    Map<String, Paper> because = papers.findAll(chosen.stream().map(s -> because(t, s)).toList());
    List<Recommendations.Pick> out = new ArrayList<>();
    for (Scored s : chosen) {
      Paper liked = because.get(because(t, s));
      String title = liked == null ? "a paper" : liked.title();
      String reason =
          s.co() == null
              ? "like “" + title + "”, which you saved"
              : "saved by " + s.co().readers() + " readers who saved “" + title + "”";
      out.add(new Recommendations.Pick(s.paper(), s.score().value(), reason, title));
    }
    return out;
  }

  private static String because(Models.Trained t, Scored s) {
    return s.co() != null ? s.co().because() : t.model().likedIds().get(s.score().because());
  }
}
