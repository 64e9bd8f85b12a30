package org.paperboy.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.core.SiteAddress;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperMark;
import org.paperboy.paper.PaperStore;

/**
 * A person's library: the papers they saved and those they are not interested in, imports from and
 * exports to reference managers, personal API tokens, and the signed feedback links of the digest.
 * The package's one public entry.
 */
public final class Library {
  /** The largest file an import reads. */
  public static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

  /** Papers one upload on the page may fetch from arXiv (the CLI fetches all), and for how long. */
  static final int PAGE_FETCH_LIMIT = 100;

  static final Duration PAGE_FETCH_TIME = Duration.ofMinutes(2);

  /** How long the feedback links in a digest work. */
  public static final Duration FEEDBACK_LIFETIME = Duration.ofDays(60);

  private final PaperStore papers;
  private final Accounts accounts;
  private final LibraryStore store;
  private final ApiTokens tokens;
  private final FeedbackSigner signer;
  private final LibraryImport importer;
  private final SiteAddress site;
  private final Clock clock;
  private volatile String arxivApiUrl;
  private volatile Duration arxivDelay = Duration.ofSeconds(3);
  private final ImportJobs jobs;
  private final Semaphore arxivTurn = new Semaphore(1, true);

  /**
   * Uploads on the page fetch unknown arXiv ids from the same API as everything else ({@code
   * PAPERBOY_ARXIV_API_URL}), one request every 3 seconds.
   *
   * @param titleSearch the ids of papers titled so, per title (the search index's answer)
   */
  public Library(
      Core core,
      Accounts accounts,
      ArxivApi arxiv,
      Function<List<String>, List<List<String>>> titleSearch) {
    Database db = core.database();
    this.papers = core.papers();
    this.accounts = accounts;
    this.store = new LibraryStore(db);
    this.tokens = new ApiTokens(db);
    this.signer = new FeedbackSigner(core.config().secretBytes());
    this.importer = new LibraryImport(db, papers, arxiv, titleSearch);
    this.jobs = new ImportJobs(db, core.clock());
    this.site = core.site();
    this.clock = core.clock();
    this.arxivApiUrl = core.config().signals().arxivApiUrl();
  }

  /** Where imports on the page fetch unknown arXiv ids from (tests point it to a local server). */
  public void useArxivApi(String url, Duration delay) {
    this.arxivApiUrl = url;
    this.arxivDelay = delay;
  }

  // Marks

  /** Saves the paper to the person's library (or dismisses it); the last mark wins. */
  public void mark(String userId, String paperId, Mark mark, Origin origin) {
    requirePaper(paperId);
    store.mark(userId, paperId, mark, origin, clock.instant());
  }

  /** Takes the paper out of the library, saved or dismissed. */
  public void unmark(String userId, String paperId) {
    store.unmark(userId, paperId);
  }

  /** How the person marked the paper, if they did; empty for nobody signed in (null). */
  public Optional<Mark> markOf(String userId, String paperId) {
    return userId == null ? Optional.empty() : store.mark(userId, paperId);
  }

  /** Every paper the person marked so, newest first (ids only: the recommender's input). */
  public List<String> ids(String userId, Mark mark) {
    return store.all(userId, mark).stream().map(LibraryStore.Row::paperId).toList();
  }

  /** Every mark of these people (for recommendations), a person's newest first. */
  public List<PaperMark> marksOf(Collection<String> userIds) {
    return store.marksOf(userIds);
  }

  /** What these people saved after {@code since}, newest first (a lab's week of saves). */
  public List<PaperMark> savedSince(Collection<String> userIds, Instant since) {
    return store.savedSince(userIds, since);
  }

  /** Who saved these papers (the digest's library alerts). */
  public List<PaperMark> savesOf(Collection<String> paperIds) {
    return store.savesOf(paperIds);
  }

  /** Every saved paper of everybody, streamed a person after another (user id order). */
  public void eachSave(Consumer<PaperMark> each) {
    store.eachSave(each);
  }

  /** Changes whenever any library changes (the co-saves rebuild when it does). */
  public String version() {
    return store.version();
  }

  // The library page and exports

  public LibraryPage page(String userId, LibraryQuery q) {
    int size = LibraryQuery.PAGE_SIZE;
    LibraryStore.Found found =
        store.saved(userId, q.terms(), q.sort(), (q.page() - 1) * size, size);
    return new LibraryPage(withPapers(found.rows()), found.total(), q);
  }

  /** Every saved paper as BibTeX. */
  public String exportBibtex(String userId) {
    return BibtexExport.write(savedPapers(userId));
  }

  /** Every saved paper as CSL JSON. */
  public String exportCslJson(String userId) {
    return CslJsonExport.write(savedPapers(userId));
  }

  /** Any papers as BibTeX (a lab's reading list, say). */
  public static String bibtex(List<Paper> papers) {
    return BibtexExport.write(papers);
  }

  /** Any papers as CSL JSON. */
  public static String cslJson(List<Paper> papers) {
    return CslJsonExport.write(papers);
  }

  private List<Paper> savedPapers(String userId) {
    return withPapers(store.all(userId, Mark.SAVED)).stream()
        .map(LibraryPage.Saved::paper)
        .toList();
  }

  private List<LibraryPage.Saved> withPapers(List<LibraryStore.Row> rows) {
    Map<String, Paper> found =
        papers.findAll(rows.stream().map(LibraryStore.Row::paperId).toList());
    List<LibraryPage.Saved> out = new ArrayList<>();
    for (LibraryStore.Row r : rows) {
      Paper p = found.get(r.paperId());
      if (p != null) {
        out.add(new LibraryPage.Saved(p, r.savedAt()));
      }
    }
    return out;
  }

  // Imports

  /**
   * Imports a BibTeX, RIS or CSL JSON file (told apart by content) into the library, fetching at
   * most {@code fetchLimit} unknown arXiv ids from the configured arXiv API.
   *
   * @throws ImportException when the file is empty, too big, or not one of the formats; nothing was
   *     imported then
   */
  public ImportReport importFile(String userId, byte[] file, int fetchLimit) {
    return importFile(
        userId, file, new LibraryImport.Fetching(arxivApiUrl, arxivDelay, fetchLimit));
  }

  /** The same, fetching from this arXiv API with this pause between requests. */
  public ImportReport importFile(
      String userId, byte[] file, String arxivApi, Duration delay, int fetchLimit) {
    return importFile(userId, file, new LibraryImport.Fetching(arxivApi, delay, fetchLimit));
  }

  private ImportReport importFile(String userId, byte[] file, LibraryImport.Fetching fetching) {
    return importer.run(userId, readUpload(file), fetching, clock.instant());
  }

  private static Bibliography readUpload(byte[] file) {
    if (file.length > MAX_IMPORT_BYTES) {
      throw new ImportException(
          "The file is larger than "
              + MAX_IMPORT_BYTES / (1024 * 1024)
              + " MB: nothing was imported.");
    }
    Bibliography b;
    try {
      b = Formats.read(file);
    } catch (Bibliography.Unreadable e) {
      throw new ImportException(e.getMessage() + " Nothing was imported.");
    }
    return b;
  }

  /**
   * Starts importing an uploaded file as a job: the file is read here (in time linear in its size,
   * so a file that is not a bibliography is refused at once), the matching and fetching run in the
   * background, and {@link #importJob} tells how far it got.
   *
   * @throws ImportException when the file cannot be read; nothing was imported then
   * @throws ImportJob.TooMany while another upload of theirs runs, or after a few in an hour
   */
  public String startImport(String userId, byte[] file) {
    Bibliography b = readUpload(file);
    LibraryImport.Fetching fetching =
        new LibraryImport.Fetching(
            arxivApiUrl, arxivDelay, PAGE_FETCH_LIMIT, arxivTurn, PAGE_FETCH_TIME);
    return jobs.start(userId, step -> importer.run(userId, b, fetching, clock.instant(), step));
  }

  /** The person's upload with this id, as far as it got; empty for anybody else's. */
  public Optional<ImportJob> importJob(String userId, String jobId) {
    return jobs.find(userId, jobId);
  }

  /** The person with this address, created the way a first sign-in creates them. */
  public String userIdFor(String email) {
    return accounts.findOrCreate(email).id();
  }

  // API tokens

  public ApiToken.Created createToken(String userId, String name) {
    return tokens.create(userId, name, clock.instant());
  }

  public List<ApiToken> tokens(String userId) {
    return tokens.list(userId);
  }

  /** Revokes one of the person's own tokens; false when they have no such token. */
  public boolean revokeToken(String userId, String tokenId) {
    return tokens.revoke(userId, tokenId);
  }

  /** The person a personal API token belongs to: how {@code /api/v1/for-you} and feeds sign in. */
  public Optional<String> userForToken(String token) {
    return tokens.userFor(token, clock.instant());
  }

  // Digest feedback links

  /** The "more like this" and "not for me" links for a paper in a digest to this address. */
  public Feedback.Links feedbackLinks(String email, String paperId) {
    Instant expires = clock.instant().plus(FEEDBACK_LIFETIME);
    String base = site.get() + "/library/feedback?t=";
    return new Feedback.Links(
        base + url(signer.sign(new Feedback(Feedback.Action.MORE, email, paperId), expires)),
        base + url(signer.sign(new Feedback(Feedback.Action.LESS, email, paperId), expires)));
  }

  /** What a feedback token says, when it is signed here and has not expired. */
  public Optional<Feedback> readFeedback(String token) {
    return signer.verify(token, clock.instant());
  }

  /** Records a valid token's feedback (an account made if need be); returns what it recorded. */
  public Optional<Feedback> recordFeedback(String token) {
    Optional<Feedback> f = readFeedback(token);
    f.ifPresent(fb -> mark(userIdFor(fb.email()), fb.paperId(), fb.action().mark(), Origin.MAIL));
    return f;
  }

  private void requirePaper(String paperId) {
    if (paperId == null || papers.find(paperId).isEmpty()) {
      throw new IllegalArgumentException("no paper with id " + paperId);
    }
  }

  private static String url(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
