package org.paperboy.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.PaperStore;

/**
 * One fetch round over the trending windows (the last {@link #DAYS} days): each chosen source in
 * the order of {@link Sources} (Hugging Face's daily lists and lookups, GitHub's stars, Semantic
 * Scholar's citations and who cites the watched papers, then OpenAlex's citing papers). At most one
 * call per paper (or repository) and source; every value seen is recorded; whatever failed keeps
 * its last good values.
 */
final class Round {
  static final int DAYS = 30;

  /** The parts a round works with, built once by {@link OutsideSignals}. */
  record Parts(
      Observations store,
      PaperStore papers,
      Map<String, Limits> limits,
      Missing missing,
      Clock clock,
      CitationWatch citing) {}

  /** The round's span: when it started, and the papers first published {@code from..to}. */
  record Window(Instant start, LocalDate from, LocalDate to) {}

  /** Papers a source features that this instance lacks: fetched from arXiv (or not). */
  interface Missing {
    long add(List<String> ids, Tally tally);
  }

  private final Parts p;
  private final List<Source> sources;
  private final Window window;

  Round(Parts parts, List<Source> sources) {
    this.p = parts;
    this.sources = sources;
    Instant start = parts.clock().instant();
    LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
    LocalDate newest = parts.papers().newestPublished();
    LocalDate to = newest == null || newest.isAfter(today) ? today : newest;
    this.window = new Window(start, to.minusDays(DAYS - 1), to);
  }

  RoundSummary run(Set<String> chosen) {
    List<String> lines = new ArrayList<>();
    int malformed = 0;
    long added = 0;
    for (Source source : sources) {
      if (!chosen.contains(source.name())) {
        continue;
      }
      Tally tally = new Tally(source.name());
      Limits limits = p.limits().get(source.name());
      limits.startRound();
      if (!limits.open()) {
        tally.limited("rate limited until " + limits.until());
      } else {
        added += source.fetch(window, tally, limits);
      }
      tally.log();
      malformed += tally.malformed;
      lines.add(source.name() + ": " + tally.summary());
    }
    double seconds = (p.clock().millis() - window.start().toEpochMilli()) / 1000.0;
    return new RoundSummary(lines, malformed, added, null, Math.max(0, seconds));
  }
}
