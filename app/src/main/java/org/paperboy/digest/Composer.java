package org.paperboy.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.search.TopicMatcher;
import org.paperboy.subscription.Subscriber;
import org.paperboy.subscription.Topic;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Trending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses each subscriber's papers. Work shared by subscribers is done once per window of new
 * papers: loading them, indexing them in memory, ranking them by trending, and matching each
 * distinct topic search.
 */
final class Composer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Composer.class);

  /** What a window of new papers offers every digest that covers it. */
  private static final class Window implements AutoCloseable {
    final Map<String, Paper> papers = new LinkedHashMap<>();
    final List<Ranked> trending;
    final TopicMatcher matcher;
    final Map<String, List<TopicMatcher.Match>> matches = new HashMap<>();

    final int total;
    Recommendations.Candidates candidates; // made on the first digest that has a "For you" part
    org.paperboy.people.DigestNews news; // follows and citation alerts, read on the first digest

    Window(PaperStore.Added fresh, Search search, Trending ranking, double minSimilarity) {
      fresh.papers().forEach(p -> papers.put(p.id(), p));
      this.total = fresh.total();
      this.trending = ranking.rank(fresh.papers());
      this.matcher = search.topicMatcher(fresh.papers(), minSimilarity);
    }

    @Override
    public void close() {
      matcher.close();
    }
  }

  private record Key(Instant from, Instant until) {}

  static final int TOPIC_DEPTH = 50;

  /**
   * The most new papers one window considers: arXiv's busiest days bring a few thousand, a bulk
   * import millions; those beyond the most recently published 10,000 are left out of digests.
   */
  static final int MAX_NEW_PAPERS = 10_000;

  private final PaperStore papers;
  private final Search search;
  private final Trending trending;
  private final double minSimilarity;
  private final Map<Key, Window> windows = new HashMap<>();
  private final Recommendations recommendations; // null: no "For you" section
  private final boolean remember; // record "For you" papers as sent (not in previews)
  private org.paperboy.people.People people; // null: no people sections

  Composer(PaperStore papers, Search search, Trending trending, double minSimilarity) {
    this(papers, search, trending, minSimilarity, null, false);
  }

  Composer(
      PaperStore papers,
      Search search,
      Trending trending,
      double minSimilarity,
      Recommendations recommendations,
      boolean remember) {
    this.recommendations = recommendations;
    this.remember = remember;
    this.papers = papers;
    this.search = search;
    this.trending = trending;
    this.minSimilarity = minSimilarity;
  }

  /** With the people sections (follows, citation alerts) after "For you". */
  Composer withPeople(org.paperboy.people.People people) {
    this.people = people;
    return this;
  }

  /** Embeds the topics of many subscribers in batches before composing their digests. */
  void prepare(Instant from, Instant until, List<Subscriber> subscribers) {
    Window w = window(from, until);
    w.matcher.prepare(
        subscribers.stream()
            .flatMap(s -> s.topics().stream())
            .map(Topic::query)
            .distinct()
            .toList());
    if (recommendations != null && !w.papers.isEmpty()) {
      // the batch's "For you" picks are ranked on every core, not one by one as composed
      recommendations.prepare(candidates(w), subscribers.stream().map(Subscriber::email).toList());
    }
  }

  private Recommendations.Candidates candidates(Window w) {
    if (w.candidates == null) {
      w.candidates = recommendations.candidates(w.papers.values());
    }
    return w.candidates;
  }

  Digest compose(Subscriber s, LocalDate date, Instant from, Instant until) {
    Window w = window(from, until);
    int limit = s.settings().paperCount();
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    Map<String, Double> best = new HashMap<>();
    for (Topic t : s.topics()) {
      List<TopicMatcher.Match> found =
          w.matches.computeIfAbsent(t.query(), q -> w.matcher.match(q, TOPIC_DEPTH));
      for (TopicMatcher.Match m : found) {
        reasons
            .computeIfAbsent(m.paperId(), k -> new ArrayList<>())
            .add("matches topic " + t.name());
        best.merge(m.paperId(), m.score(), Math::max);
      }
    }
    List<String> order = new ArrayList<>(reasons.keySet());
    order.sort((a, b) -> Double.compare(best.get(b), best.get(a)));
    List<String> chosen = new ArrayList<>(order.subList(0, Math.min(limit, order.size())));
    if (s.settings().includeTrending()) {
      for (Ranked r : w.trending) {
        String id = r.paper().id();
        String why =
            "#" + r.rank() + " trending today" + (r.why().isEmpty() ? "" : " (" + r.why() + ")");
        if (reasons.containsKey(id)) {
          if (chosen.contains(id)) {
            reasons.get(id).add(why);
          }
        } else if (chosen.size() < limit) {
          reasons.put(id, new ArrayList<>(List.of(why)));
          chosen.add(id);
        } else {
          break;
        }
      }
    }
    List<Digest.Item> items = new ArrayList<>();
    for (String id : chosen) {
      Paper paper = w.papers.get(id);
      List<String> why = new ArrayList<>(reasons.get(id));
      org.paperboy.paper.Venue venue = org.paperboy.paper.Venue.effective(paper);
      if (venue != null) {
        why.add(venue.reason()); // "accepted at ICLR 2025 (oral)"
      }
      items.add(new Digest.Item(paper, List.copyOf(why)));
    }
    List<Digest.Item> forYou = forYou(w, s, date, chosen);
    List<Digest.Section> sections = people(w, s, from, until, forYou);
    if (!sections.isEmpty()) { // each paper once: in its people section, not again below
      java.util.Set<String> inSections = new java.util.HashSet<>();
      sections.forEach(x -> x.items().forEach(i -> inSections.add(i.paper().id())));
      items.removeIf(i -> inSections.contains(i.paper().id()));
    }
    return new Digest(s, date, from, until, items, w.total, forYou, sections);
  }

  /** The people sections: new papers by followed authors, new papers citing the person's. */
  private List<Digest.Section> people(
      Window w, Subscriber s, Instant from, Instant until, List<Digest.Item> forYou) {
    if (people == null) {
      return List.of();
    }
    if (w.news == null) {
      w.news = people.news(w.papers.values(), from, until);
    }
    java.util.Set<String> shown = new java.util.HashSet<>();
    forYou.forEach(i -> shown.add(i.paper().id()));
    List<Digest.Section> out = new ArrayList<>();
    for (org.paperboy.people.News n : w.news.sections(s.email(), shown)) {
      out.add(
          new Digest.Section(
              n.heading(),
              n.entries().stream().map(e -> new Digest.Item(e.paper(), e.reasons())).toList()));
    }
    return out;
  }

  /** The "For you" section: recommended papers the other sections do not show already. */
  private List<Digest.Item> forYou(Window w, Subscriber s, LocalDate date, List<String> shown) {
    if (recommendations == null || w.papers.isEmpty()) {
      return List.of();
    }
    List<Digest.Item> out = new ArrayList<>();
    for (Recommendations.Pick p :
        recommendations.forDigest(
            s.email(), candidates(w), date, java.util.Set.copyOf(shown), remember)) {
      out.add(new Digest.Item(p.paper(), List.of(p.reason())));
    }
    return out;
  }

  private Window window(Instant from, Instant until) {
    return windows.computeIfAbsent(
        new Key(from, until),
        k -> {
          PaperStore.Added fresh = papers.addedBetween(from, until, MAX_NEW_PAPERS);
          if (fresh.total() > MAX_NEW_PAPERS) {
            log.info(
                "{} papers were first seen between {} and {}: digests take the {} most recently"
                    + " published",
                fresh.total(),
                from,
                until,
                MAX_NEW_PAPERS);
          }
          return new Window(fresh, search, trending, minSimilarity);
        });
  }

  /**
   * Records the "For you" papers of the digests composed since the last call as sent, in one
   * transaction: called before those digests are handed to the senders.
   */
  void recordSent() {
    if (recommendations != null && remember) {
      for (Window w : windows.values()) {
        if (w.candidates != null) {
          recommendations.recordSent(w.candidates);
        }
      }
    }
  }

  @Override
  public void close() {
    recordSent();
    windows.values().forEach(Window::close);
    windows.clear();
  }
}
