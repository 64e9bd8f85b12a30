package org.paperboy.signals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.PaperStore;

/**
 * One fetch round over the trending windows (the last {@link #DAYS} days): Hugging Face's daily
 * lists and lookups, then GitHub's stars, then Semantic Scholar's citations (counts, and which
 * papers cite the watched ones), then OpenAlex's citing papers. At most one call per paper (or
 * repository) and source; every value seen is recorded; whatever failed keeps its last good values.
 */
final class Round {
  static final int DAYS = 30;

  /** The parts a round works with, built once by {@link OutsideSignals}. */
  record Parts(
      Observations store,
      PaperStore papers,
      HuggingFace hf,
      GitHub github,
      SemanticScholar s2,
      Map<String, Limits> limits,
      Missing missing,
      int hfLookups,
      Clock clock,
      CitationWatch citing) {}

  /** Papers a source features that this instance lacks: fetched from arXiv (or not). */
  interface Missing {
    long add(List<String> ids, Tally tally);
  }

  private final Parts p;
  private final Instant start;
  private final LocalDate from;
  private final LocalDate to;

  Round(Parts parts) {
    this.p = parts;
    this.start = parts.clock().instant();
    LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
    LocalDate newest = parts.papers().newestPublished();
    this.to = newest == null || newest.isAfter(today) ? today : newest;
    this.from = to.minusDays(DAYS - 1);
  }

  RoundSummary run(Set<String> sources) {
    List<String> lines = new ArrayList<>();
    int malformed = 0;
    long added = 0;
    for (String source : List.of("hf", "github", "s2", "openalex")) {
      if (!sources.contains(source)) {
        continue;
      }
      Tally tally = new Tally(source);
      Limits limits = p.limits().get(source);
      limits.startRound();
      if (!limits.open()) {
        tally.limited("rate limited until " + limits.until());
      } else {
        switch (source) {
          case "hf" -> added += huggingFace(tally, limits);
          case "github" -> github(tally, limits);
          case "openalex" -> p.citing().run("openalex", tally, limits);
          default -> {
            semanticScholar(tally, limits);
            p.citing().run("s2", tally, limits); // who cites the watched papers (issue 21)
          }
        }
      }
      tally.log();
      malformed += tally.malformed;
      lines.add(source + ": " + tally.summary());
    }
    double seconds = (p.clock().millis() - start.toEpochMilli()) / 1000.0;
    return new RoundSummary(lines, malformed, added, null, Math.max(0, seconds));
  }

  private long huggingFace(Tally tally, Limits limits) {
    Map<String, HfPaper> seen = new LinkedHashMap<>();
    LocalDate today = LocalDate.ofInstant(start, ZoneOffset.UTC);
    for (int d = 0; d < DAYS && limits.open(); d++) {
      p.hf().daily(today.minusDays(d), tally, limits).ifPresent(l -> l.forEach(h -> keep(seen, h)));
    }
    p.store().hfFacts(seen.values(), p.clock().instant());
    List<String> asked = new ArrayList<>();
    for (String id : p.store().hfLookupOrder(from, to, start, p.hfLookups())) {
      if (!limits.open()) {
        break;
      }
      int before = tally.notFound;
      p.hf().paper(id, tally, limits).ifPresent(h -> keep(seen, h));
      if (tally.notFound > before) {
        asked.add(id);
      }
    }
    Instant now = p.clock().instant();
    p.store().hfFacts(seen.values(), now);
    p.store().hfAsked(asked, now);
    List<Observations.Obs> obs = new ArrayList<>();
    for (HfPaper h : seen.values()) {
      if (h.upvotes() != null) {
        obs.add(new Observations.Obs(h.id(), "hf", "upvotes", h.upvotes()));
      }
      if (h.comments() != null) {
        obs.add(new Observations.Obs(h.id(), "hf", "comments", h.comments()));
      }
    }
    p.store().record(obs, now);
    tally.values += obs.size();
    tally.papers += seen.size();
    List<String> missing = new ArrayList<>(seen.keySet());
    missing.removeAll(p.papers().findAll(seen.keySet()).keySet());
    return missing.isEmpty() ? 0 : p.missing().add(missing, tally);
  }

  /** A paper listed on several days keeps its highest numbers. */
  private static void keep(Map<String, HfPaper> seen, HfPaper h) {
    HfPaper old = seen.get(h.id());
    if (old == null
        || (h.upvotes() != null && (old.upvotes() == null || h.upvotes() > old.upvotes()))) {
      seen.put(h.id(), h);
    }
  }

  private void github(Tally tally, Limits limits) {
    Map<String, String> repoOf = new LinkedHashMap<>();
    for (Observations.Linked l : p.store().linked(from, to)) {
      String repo = l.repo() != null ? l.repo() : Repos.fromUrl(l.code());
      repo = repo != null ? repo : Repos.inText(l.text());
      if (repo != null) {
        repoOf.put(l.id(), repo);
      }
    }
    p.store().repos(repoOf);
    Map<String, List<String>> papersOf = new LinkedHashMap<>();
    repoOf.forEach(
        (paper, repo) -> papersOf.computeIfAbsent(repo, k -> new ArrayList<>()).add(paper));
    Map<String, String> checked = p.store().repoCheckedAt(papersOf.keySet());
    List<String> order = new ArrayList<>(papersOf.keySet());
    order.sort(
        java.util.Comparator.comparing((String r) -> checked.getOrDefault(r, ""))
            .thenComparing(r -> r));
    Map<String, GitHub.Stars> known = p.store().knownRepos(order);
    List<Observations.Obs> obs = new ArrayList<>();
    for (String repo : order) {
      if (!limits.open()) {
        break;
      }
      int gone = tally.notFound;
      var stars = p.github().stars(repo, known.get(repo), tally, limits);
      if (stars.isPresent() || tally.notFound > gone) {
        p.store().repoChecked(repo, stars.orElse(null), p.clock().instant());
      }
      stars.ifPresent(
          s ->
              papersOf
                  .get(repo)
                  .forEach(id -> obs.add(new Observations.Obs(id, "github", "stars", s.stars()))));
    }
    p.store().record(obs, p.clock().instant());
    tally.values += obs.size();
    tally.papers += obs.size();
  }

  private void semanticScholar(Tally tally, Limits limits) {
    List<String> ids =
        p.store().arxivIdsPublished(from, to).stream()
            .filter(org.paperboy.paper.ArxivIds::isArxivId)
            .toList();
    List<Observations.Obs> obs = new ArrayList<>();
    for (int i = 0; i < ids.size() && limits.open(); i += SemanticScholar.BATCH) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + SemanticScholar.BATCH));
      p.s2()
          .citations(batch, tally, limits)
          .forEach((id, n) -> obs.add(new Observations.Obs(id, "s2", "citations", n)));
    }
    p.store().record(obs, p.clock().instant());
    tally.values += obs.size();
    tally.papers += obs.size();
  }
}
