package org.paperboy.recommend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.library.Library;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.search.Search;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingPage;
import org.paperboy.trending.Window;

/**
 * Papers for one person, learnt from their library (saved, imported and upvoted papers are
 * positive, dismissed ones negative): the {@code /for-you} page, its API and feed, the digest's
 * "For you" section and {@code paperboy recommend}. The package's one public entry.
 */
public final class Recommendations {
  /** Fewer saved papers than this is a cold start: topics, then trending. */
  public static final int MIN_SAVED = 3;

  /**
   * The least score (the blend's) a new paper needs to be recommended: a quiet day shows fewer. On
   * the CiteULike dev run the 50th-best of 16,980 papers scores 0.32 (median over people) and the
   * held-out papers found in the top 100 score 0.43 (lower quartile 0.35): so about 3 of a day's
   * 1,000 papers pass for a typical person.
   */
  static final double THRESHOLD = 0.30;

  /** The most a page or a digest shows. */
  public static final int MAX_PAGE = 50;

  public static final int MAX_DIGEST = 10;

  /** How many papers of a window are considered. */
  static final int CANDIDATES = 5_000;

  /** A recommended paper, with why: the saved paper it is most like, or the topic, or trending. */
  public record Pick(Paper paper, double score, String reason, String becauseTitle) {
    /** The reason says where the paper was accepted, when it was. */
    public Pick {
      reason = org.paperboy.paper.Venue.withVenue(reason, paper);
    }
  }

  /**
   * Whom recommendations learn about, through the features that own them: their digest topics,
   * accounts, libraries and own (claimed) papers.
   */
  public record Readers(
      Subscriptions subscriptions, Accounts accounts, Library library, People people) {}

  private final Store store;
  private final Models models;
  private final PaperStore papers;
  private final Trending trending;
  private final ColdStart cold;
  private final Ranker ranker;
  private final DigestPicks digests;
  private final WindowCandidates windows;
  private final Clock clock;
  private final CoSaves.Sources coSaveSources;
  private volatile CoSaves coSaves;

  /**
   * @param embeddingModel the key of the model whose stored vectors are read
   */
  public Recommendations(
      Core core, Search search, Trending trending, Readers readers, String embeddingModel) {
    Database db = core.database();
    PaperStore papers = core.papers();
    Clock clock = core.clock();
    this.store = new Store(search, trending, readers);
    this.models = new Models(store, new ModelStore(db, embeddingModel), clock);
    this.papers = papers;
    this.trending = trending;
    this.cold = new ColdStart(store, search, readers.subscriptions());
    this.clock = clock;
    this.coSaveSources = new CoSaves.Sources(db, readers.library(), trending, readers.accounts());
    this.coSaves = new CoSaves(coSaveSources, core.config().features().coSaves().minReaders());
    this.ranker = new Ranker(papers, () -> coSaves.model());
    this.digests = new DigestPicks(store, models, ranker);
    this.windows = new WindowCandidates(papers, models, clock);
  }

  /**
   * The person's picks among the window's papers, best first: its newest {@link #CANDIDATES} and
   * those trending ranks, whether or not anybody voted for them yet.
   */
  public List<Pick> forUser(String userId, Window window) {
    Models.Trained t = models.forUser(userId);
    if (t.model().coldStart()) {
      List<Paper> candidates =
          trending.page(window, 0, CANDIDATES).entries().stream().map(r -> r.paper()).toList();
      return cold.picks(userId, t.library(), candidates, trending.rank(candidates), MAX_PAGE);
    }
    TrendingPage span = trending.page(window, 0, 0); // the window's dates, no papers read
    WindowCandidates.Made c = windows.of(span, () -> trending.page(window, 0, CANDIDATES));
    return ranker.picks(t, ranker.bestAmong(t, c.ids(), c.v(), MAX_PAGE));
  }

  /**
   * Whether the person has saved enough papers to learn from (the front page opens on "For you").
   */
  public boolean hasLibrary(String userId) {
    return store.library(userId).count() >= MIN_SAVED;
  }

  /** The user id of an email address that has an account, if any. */
  public Optional<String> userId(String email) {
    return store.userIdByEmail(email);
  }

  /** New papers with their whitened vectors, made once for every digest of a window. */
  public static final class Candidates {
    final List<Paper> papers;
    private Map<String, float[]> vectors; // whitened on first use, once for the window
    final Map<String, DigestPicks.Ranked> ranked = new ConcurrentHashMap<>(); // by email, ahead
    final List<DigestPicks.Sent> unrecorded = new ArrayList<>();

    private Candidates(List<Paper> papers) {
      this.papers = papers;
    }

    synchronized Map<String, float[]> vectors(Models models) {
      if (vectors == null) {
        vectors = models.whitened(papers.stream().map(Paper::id).toList());
      }
      return vectors;
    }
  }

  public Candidates candidates(Collection<Paper> fresh) {
    List<Paper> list = List.copyOf(fresh);
    return new Candidates(list);
  }

  /**
   * Ranks the window's papers for these readers on every core, ahead of composing their digests one
   * by one (see {@link DigestPicks}).
   */
  public void prepare(Candidates fresh, Collection<String> emails) {
    digests.prepare(fresh, emails);
  }

  /**
   * The "For you" section of a digest of {@code day}: new papers above the threshold, none sent in
   * an earlier digest nor in {@code skip} (the digest's other sections), at most {@link
   * #MAX_DIGEST}; to be recorded as sent when {@code remember} (not for previews), by {@link
   * #recordSent} before the digest is mailed. Empty for an address with no account or too small a
   * library (the digest has topics and trending then).
   */
  public List<Pick> forDigest(
      String email, Candidates fresh, LocalDate day, Set<String> skip, boolean remember) {
    return digests.forDigest(email, fresh, day, skip, remember);
  }

  /** Records the papers of the sections composed since the last call as sent, at once. */
  public void recordSent(Candidates fresh) {
    digests.record(fresh);
  }

  /**
   * Overrides {@code PAPERBOY_COSAVE_MIN_READERS} ({@code recommend --min-readers}); the model is
   * built anew at its next use.
   */
  public void coSaveMinReaders(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the minimum of readers must be at least 1");
    }
    this.coSaves = new CoSaves(coSaveSources, n);
  }

  public int coSaveMinReaders() {
    return coSaves.minReaders();
  }

  /** Rebuilds the co-save model if any library changed (the server's job); true when it did. */
  public boolean refreshCoSaves() {
    return coSaves.refresh();
  }

  /** A paper that readers who saved another also saved, and how many of them did. */
  public record AlsoSaved(Paper paper, int readers) {}

  /**
   * "Readers who saved this also saved": the papers saved together with this one by at least the
   * minimum of readers, most similar first; empty when none reaches it.
   */
  public List<AlsoSaved> alsoSaved(String paperId, int limit) {
    List<CoSaveModel.Neighbour> n = coSaves.model().neighbours(paperId, limit);
    Map<String, Paper> found =
        papers.findAll(n.stream().map(CoSaveModel.Neighbour::paperId).toList());
    return n.stream()
        .filter(x -> found.containsKey(x.paperId()))
        .map(x -> new AlsoSaved(found.get(x.paperId()), x.readers()))
        .toList();
  }

  /** Whether the person keeps their saves out of everybody else's co-saves. */
  public boolean coSavesOptedOut(String userId) {
    return coSaves.optedOut(userId);
  }

  public void coSavesOptOut(String userId, boolean out) {
    coSaves.optOut(userId, out, clock);
  }

  /**
   * The methods {@code recommend --profiles --method} offers, the shipped ones: the blend (the
   * default) and its parts. The lab adds the candidates that are not shipped.
   */
  public static final List<String> METHODS =
      ProfileMethod.SHIPPED.stream().map(ProfileMethod::name).toList();

  /** The shipped method of that name, or an error naming them. */
  public static ProfileMethod method(String name) {
    return ProfileMethod.named(name, ProfileMethod.SHIPPED);
  }

  /**
   * Ranks every stored paper for each profile read (one JSON object a line) by the method given,
   * writing a TREC run ({@code json} false) or JSON lines, with the co-saves of the readers of
   * {@code readers} blended in when it is not null; returns how many lines were malformed or paper
   * ids of the readers unknown (reported on err).
   */
  public int rankProfiles(
      BufferedReader in,
      BufferedReader readers,
      PrintWriter out,
      PrintWriter err,
      int limit,
      boolean json,
      ProfileMethod method)
      throws IOException {
    return new ProfileRuns(store, models, coSaves.minReaders())
        .rank(in, readers, new ProfileRuns.Output(out, err, limit, json), method);
  }
}
