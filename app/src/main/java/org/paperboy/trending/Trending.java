package org.paperboy.trending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperMark;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.Search;
import org.paperboy.search.SearchRequest;
import org.paperboy.signals.OutsideSignals;
import org.paperboy.signals.PaperSignals;

/**
 * What is trending and what is new each day: votes, views and the formula in {@link Score}. The
 * package's one public entry.
 *
 * <p>"Today" is the newest day that has papers when the data is older than the clock's today, so an
 * old snapshot still has a front page. Rankings are cached for {@link #FRESH} and recomputed in the
 * background after that; vote counts shown beside them are always read fresh.
 */
public final class Trending {
  static final Duration FRESH = Duration.ofSeconds(30);

  private final Database db;
  private final PaperStore papers;
  private final Signals signals;
  private final Config.Trending knobs;
  private final Clock clock;
  private final Rankings rankings;
  private final OutsideSignals outside;
  private final PendingViews views;

  public Trending(Database db, PaperStore papers, Config.Trending knobs, Clock clock) {
    this(db, papers, knobs, clock, OutsideSignals.reader(db, papers, clock));
  }

  /** With the outside signals (Hugging Face, GitHub, Semantic Scholar) that scores count too. */
  public Trending(
      Database db, PaperStore papers, Config.Trending knobs, Clock clock, OutsideSignals outside) {
    this.outside = outside;
    this.db = db;
    this.papers = papers;
    this.signals = new Signals(db);
    this.knobs = knobs;
    this.clock = clock;
    this.views = new PendingViews(signals, new ViewCounter(clock));
    this.rankings = new Rankings(this::compute, clock, FRESH);
  }

  public Config.Trending knobs() {
    return knobs;
  }

  /** Today, or the newest day with papers when the data ends earlier. */
  public LocalDate today() {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate newest = papers.newestPublished();
    return newest == null || newest.isAfter(today) ? today : newest;
  }

  /** The instant ages are measured to: now, or the end of the newest day for old data. */
  Instant reference(LocalDate anchor) {
    Instant endOfAnchor = anchor.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant now = clock.instant();
    return now.isBefore(endOfAnchor) ? now : endOfAnchor;
  }

  public TrendingPage page(Window window, int offset, int limit) {
    Rankings.Ranking r = rankings.get(window);
    List<Rankings.Scored> slice =
        r.top().subList(Math.min(offset, r.top().size()), Math.min(offset + limit, r.top().size()));
    List<Ranked> entries = entries(slice, offset);
    return new TrendingPage(window, r.from(), r.to(), entries, r.top().size());
  }

  /** Where the paper stands in the window's ranking, 1-based, or 0 when it is not in it. */
  public int rankOf(String paperId, Window window) {
    return rankings.get(window).top().stream().map(Rankings.Scored::id).toList().indexOf(paperId)
        + 1;
  }

  private Rankings.Ranking compute(Window window) {
    LocalDate anchor = today();
    LocalDate from = anchor.minusDays(window.days() - 1L);
    LocalDate nth = signals.nthNewestDate(window.minPapers());
    if (nth == null) {
      from = LocalDate.of(1, 1, 1); // fewer papers than the window's minimum: take them all
    } else if (nth.isBefore(from)) {
      from = nth;
    }
    Instant ref = reference(anchor);
    Map<String, PaperSignals> world =
        outside.published(from, anchor, ref.minus(Duration.ofDays(window.days())));
    List<Rankings.Scored> scored =
        inOrder(signals.publishedBetween(from, anchor), world, window, ref);
    return new Rankings.Ranking(
        from, anchor, List.copyOf(scored.subList(0, Math.min(scored.size(), Rankings.KEPT))));
  }

  /** The papers' scores with what the world says of them, best first. */
  private List<Rankings.Scored> inOrder(
      List<Signals.Row> rows, Map<String, PaperSignals> world, Window window, Instant ref) {
    List<Rankings.Scored> scored = new ArrayList<>();
    for (Signals.Row row : rows) {
      PaperSignals s = world.getOrDefault(row.id(), PaperSignals.NONE);
      scored.add(
          new Rankings.Scored(row.id(), score(row, s, window, ref), row.votes(), row.views()));
    }
    scored.sort(Rankings.ORDER);
    return scored;
  }

  private double score(Signals.Row row, PaperSignals s, Window window, Instant ref) {
    double ageHours =
        row.published() == null
            ? 1e6
            : Duration.between(row.published().atStartOfDay(ZoneOffset.UTC).toInstant(), ref)
                    .toMinutes()
                / 60.0;
    return Score.of(row.votes(), row.views(), s, ageHours, window, knobs);
  }

  /** The papers first published in the span around {@code date}, most voted first. */
  public DayPage day(LocalDate date, Span span, int offset, int limit) {
    LocalDate from = span.first(date);
    LocalDate to = span.last(date);
    List<Signals.Row> rows = signals.mostVoted(from, to, offset, limit);
    Instant ref = reference(today());
    List<Rankings.Scored> scored =
        rows.stream()
            .map(
                r ->
                    new Rankings.Scored(
                        r.id(), score(r, PaperSignals.NONE, Window.DAY, ref), r.votes(), r.views()))
            .toList();
    return new DayPage(
        span,
        from,
        to,
        signals.newestBefore(from),
        signals.oldestAfter(to),
        entries(scored, offset),
        signals.countBetween(from, to));
  }

  /** The given papers in trending order, for sorting search results by it. */
  public List<Ranked> rank(Collection<Paper> found) {
    Map<String, Paper> byId = new java.util.LinkedHashMap<>();
    found.forEach(p -> byId.put(p.id(), p));
    Instant ref = reference(today());
    Map<String, PaperSignals> world = outside.of(byId.keySet());
    List<Rankings.Scored> scored = inOrder(signals.of(byId.keySet()), world, Window.DAY, ref);
    List<Ranked> out = new ArrayList<>();
    for (Rankings.Scored s : scored) {
      out.add(
          new Ranked(
              byId.get(s.id()),
              out.size() + 1,
              s.score(),
              s.votes(),
              s.views(),
              world.get(s.id())));
    }
    return out;
  }

  private List<Ranked> entries(List<Rankings.Scored> scored, int offset) {
    Map<String, Paper> found = papers.findAll(scored.stream().map(Rankings.Scored::id).toList());
    Map<String, Integer> votes = signals.votes(found.keySet());
    Map<String, PaperSignals> world = outside.of(found.keySet());
    List<Ranked> out = new ArrayList<>();
    for (Rankings.Scored s : scored) {
      Paper p = found.get(s.id());
      if (p != null) {
        out.add(
            new Ranked(
                p,
                offset + out.size() + 1,
                s.score(),
                votes.getOrDefault(p.id(), 0),
                s.views(),
                world.get(p.id())));
      }
    }
    return out;
  }

  /**
   * A deleted person's part ({@link org.paperboy.account.PersonalData}): their votes are taken back
   * from the papers' counts and removed, inside the deletion's transaction.
   */
  public int eraseVotes(java.sql.Connection c, String userId, String email)
      throws java.sql.SQLException {
    int removed = Signals.eraseVotes(c, userId);
    if (removed > 0) {
      invalidate();
    }
    return removed;
  }

  /** What the world says about these papers (shown beside them), by id; absent when nothing. */
  public Map<String, PaperSignals> outside(Collection<String> paperIds) {
    return outside.of(paperIds);
  }

  /** How a paper's outside signals moved, newest first, as plain-text lines. */
  public List<String> outsideHistory(String paperId) {
    return outside.history(paperId);
  }

  /**
   * Recomputes every ranking read since it went stale (older than 30 s, or a vote or new signals
   * came): the server's trending job, every few seconds.
   */
  public void refreshStale() {
    rankings.refreshStale();
  }

  /** Recomputes the rankings at their next read: new signals have arrived. */
  public void invalidate() {
    rankings.invalidate();
  }

  /** Turns the person's vote on the paper on or off; returns the new state and count. */
  public VoteResult toggleVote(String userId, String paperId) {
    VoteResult result =
        db.inTransaction(
            c -> {
              boolean voted = signals.toggle(c, userId, paperId, clock.instant());
              return new VoteResult(voted, signals.votesOf(c, paperId));
            });
    rankings.invalidate();
    return result;
  }

  public Map<String, Integer> votes(Collection<String> paperIds) {
    return signals.votes(paperIds);
  }

  public Set<String> votedBy(String userId, Collection<String> paperIds) {
    return userId == null ? Set.of() : signals.votedBy(userId, paperIds);
  }

  /** Every vote of these people (for recommendations), a person's newest first. */
  public List<PaperMark> votesOf(Collection<String> userIds) {
    return new Votes(db).of(userIds);
  }

  /** Every vote, streamed a person after another (user id order), a person's newest first. */
  public void eachVote(Consumer<PaperMark> each) {
    new Votes(db).each(each);
  }

  /** Changes whenever a vote is added or taken back. */
  public String votesVersion() {
    return new Votes(db).version();
  }

  /**
   * Counts a visitor's view of a paper page: once per client and paper a day, never a robot's (see
   * {@link ViewCounter}); views reach the database in batches, at {@link #flushViews()}.
   */
  public void viewed(String paperId, String client, String userAgent) {
    views.viewed(paperId, client, userAgent);
  }

  /** Counts a view as it is; views reach the database in batches, at {@link #flushViews()}. */
  public void viewed(String paperId) {
    views.viewed(paperId);
  }

  public void flushViews() {
    views.flush();
  }

  public void close() {
    flushViews();
    rankings.close();
  }

  /** A search sorted by trending (see {@link TrendingMatches}). */
  public TrendingMatches search(
      Search search, String query, SearchRequest.Mode mode, int offset, int limit) {
    return TrendingMatches.find(this, search, query, mode, offset, limit);
  }
}
