package org.paperboy.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paperboy.paper.ArxivIds;

/**
 * Semantic Scholar ({@code s2}): the citation counts of the window's arXiv papers in batches, then
 * which papers cite the watched ones (issue 21).
 */
final class S2Source implements Source {
  private final Round.Parts p;
  private final SemanticScholar s2;

  S2Source(Kit kit) {
    this.p = kit.parts();
    String key = kit.settings().s2ApiKey();
    this.s2 =
        new SemanticScholar(
            kit.http().apply(key == null ? Map.of() : Map.of("x-api-key", key)),
            kit.settings().s2Url());
  }

  @Override
  public String name() {
    return "s2";
  }

  @Override
  public String label(String metric, long value) {
    return metric.equals("citations")
        ? value + " citations (Semantic Scholar)"
        : Source.super.label(metric, value);
  }

  @Override
  public long fetch(Round.Window w, Tally tally, Limits limits) {
    List<String> ids =
        p.store().arxivIdsPublished(w.from(), w.to()).stream().filter(ArxivIds::isArxivId).toList();
    List<Observations.Obs> obs = new ArrayList<>();
    for (int i = 0; i < ids.size() && limits.open(); i += SemanticScholar.BATCH) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + SemanticScholar.BATCH));
      s2.citations(batch, tally, limits)
          .forEach((id, n) -> obs.add(new Observations.Obs(id, "s2", "citations", n)));
    }
    p.store().record(obs, p.clock().instant());
    tally.values += obs.size();
    tally.papers += obs.size();
    CitingPapers citing = p.citing().sources();
    p.citing().run(name(), citing::s2, tally, limits); // who cites the watched papers (issue 21)
    return 0;
  }
}
