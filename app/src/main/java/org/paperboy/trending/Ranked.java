package org.paperboy.trending;

import java.util.ArrayList;
import java.util.List;
import org.paperboy.paper.Paper;
import org.paperboy.signals.PaperSignals;

/** A paper in a ranking, with the signals behind its place: local votes and views, outside ones. */
public record Ranked(
    Paper paper, int rank, double score, int votes, long views, PaperSignals signals) {
  public Ranked {
    signals = signals == null ? PaperSignals.NONE : signals;
  }

  public Ranked(Paper paper, int rank, double score, int votes, long views) {
    this(paper, rank, score, votes, views, PaperSignals.NONE);
  }

  /** Why it is here, e.g. {@code ▲ 300 on Hugging Face · ★ 57 (+7 this week) · 3 votes here}. */
  public String why() {
    List<String> parts = new ArrayList<>(signals.parts());
    if (votes > 0) {
      parts.add(votes + (votes == 1 ? " vote here" : " votes here"));
    }
    return String.join(" · ", parts);
  }
}
