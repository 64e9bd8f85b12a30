package org.paperboy.signals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/**
 * One round's citation step for one source ({@code s2} or {@code openalex}): asks about the watched
 * papers that are due, adds citing arXiv papers not stored yet through the arXiv API (all of the
 * round's at once), then records the edges. A citing paper arXiv does not know is counted and left
 * out; the paper it cites is asked again the next day.
 */
final class CitationWatch {
  private final Citations citations;
  private final CitingPapers citing;
  private final PaperStore papers;
  private final Round.Missing missing;
  private final Clock clock;

  CitationWatch(
      Citations citations,
      CitingPapers citing,
      PaperStore papers,
      Round.Missing missing,
      Clock clock) {
    this.citations = citations;
    this.citing = citing;
    this.papers = papers;
    this.missing = missing;
    this.clock = clock;
  }

  CitingPapers sources() {
    return citing;
  }

  /** Who cites a watched paper, as one source answers: empty when it could not say (tallied). */
  interface Asker {
    Optional<Set<String>> citing(String id, Tally tally, Limits limits);
  }

  /** Asks {@code source} (through {@code ask}) who cites the watched papers that are due. */
  void run(String source, Asker ask, Tally tally, Limits limits) {
    Map<String, Set<String>> answers = new LinkedHashMap<>();
    for (String id : citations.due(source, clock.instant(), Citations.PER_ROUND)) {
      if (!limits.open()) {
        break;
      }
      ask.citing(id, tally, limits).ifPresent(ids -> answers.put(id, ids));
    }
    Set<String> all = new HashSet<>();
    answers.values().forEach(all::addAll);
    Map<String, Paper> stored = new java.util.HashMap<>(papers.findAll(all));
    List<String> absent = new ArrayList<>(all);
    absent.removeAll(stored.keySet());
    if (!absent.isEmpty()) {
      missing.add(absent, tally);
      stored.putAll(papers.findAll(absent));
    }
    int unknown = 0;
    for (var e : answers.entrySet()) {
      List<Paper> known = new ArrayList<>();
      for (String c : e.getValue()) {
        Paper p = stored.get(c);
        if (p == null) {
          unknown++;
        } else {
          known.add(p);
        }
      }
      tally.values += citations.record(source, e.getKey(), known, clock.instant());
      tally.papers++;
    }
    tally.notFound += unknown; // citing papers arXiv did not give: "N unknown" in the log line
  }
}
