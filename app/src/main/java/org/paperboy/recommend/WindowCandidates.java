package org.paperboy.recommend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.paperboy.paper.PaperStore;
import org.paperboy.trending.TrendingPage;
import org.paperboy.trending.Window;

/**
 * The papers "For you" chooses from in a window, with their whitened vectors: the newest {@link
 * Recommendations#CANDIDATES} of the window and whatever trending ranks in it, so that a paper
 * nobody voted for yet is found as well as a trending one. Made once per window and reused by every
 * reader for {@link #FRESH}, since whitening thousands of vectors costs more than ranking them.
 */
final class WindowCandidates {
  static final Duration FRESH = Duration.ofMinutes(5);

  record Made(LocalDate from, LocalDate to, Instant at, List<String> ids, Map<String, float[]> v) {}

  private final PaperStore papers;
  private final Models models;
  private final Clock clock;
  private final Map<Window, Made> made = new EnumMap<>(Window.class);

  WindowCandidates(PaperStore papers, Models models, Clock clock) {
    this.papers = papers;
    this.models = models;
    this.clock = clock;
  }

  /**
   * @param span the window's dates (a page of no papers)
   * @param ranked the window's trending papers, read only when the candidates are made anew
   */
  synchronized Made of(TrendingPage span, Supplier<TrendingPage> ranked) {
    Made m = made.get(span.window());
    Instant now = clock.instant();
    if (m != null
        && m.from().equals(span.from())
        && m.to().equals(span.to())
        && m.at().plus(FRESH).isAfter(now)) {
      return m;
    }
    TrendingPage top = ranked.get();
    Set<String> ids = new LinkedHashSet<>();
    top.entries().forEach(r -> ids.add(r.paper().id()));
    ids.addAll(papers.idsPublishedBetween(top.from(), top.to(), Recommendations.CANDIDATES));
    List<String> all = List.copyOf(ids);
    m = new Made(top.from(), top.to(), now, all, models.whitened(all));
    made.put(top.window(), m);
    return m;
  }
}
