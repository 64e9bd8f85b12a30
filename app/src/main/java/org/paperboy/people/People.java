package org.paperboy.people;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.paperboy.account.Accounts;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.library.Library;
import org.paperboy.paper.AuthorNames;
import org.paperboy.paper.PaperMark;
import org.paperboy.paper.PaperStore;

/**
 * People: author pages, following authors, papers people claim as their own, and citation alerts.
 * The package's one public entry.
 */
public final class People {
  /** Papers per author page. */
  public static final int PAGE = 25;

  private final Database db;
  private final Accounts accounts;
  private final AuthorQueries authors;
  private final Follows follows;
  private final Claims claims;
  private final PaperStore papers;
  private final Library library;

  /**
   * @param library whose saves the digest's library alerts read
   */
  public People(Core core, Accounts accounts, Library library) {
    Database db = core.database();
    PaperStore papers = core.papers();
    Clock clock = core.clock();
    this.db = db;
    this.accounts = accounts;
    this.library = library;
    this.papers = papers;
    this.authors = new AuthorQueries(db, papers);
    this.follows = new Follows(db, clock);
    this.claims = new Claims(db, papers, clock);
  }

  /**
   * The normalised key of a name asked about; IllegalArgumentException (a 400) for a blank name or
   * one over {@link AuthorNames#MAX_LENGTH} characters.
   */
  public static String keyOf(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An author name is needed, not only spaces.");
    }
    if (name.length() > AuthorNames.MAX_LENGTH) {
      throw new IllegalArgumentException(
          "An author name is at most " + AuthorNames.MAX_LENGTH + " characters.");
    }
    return AuthorNames.key(name);
  }

  /** Page {@code page} (from 1) of an author's papers, with the summary. */
  public AuthorPage author(String name, int page) {
    return authors.page(keyOf(name), name, (page - 1) * PAGE, PAGE);
  }

  /** The person's id for an address, creating the account when there is none (as the CLI does). */
  public String userIdFor(String email) {
    return accounts.findOrCreate(email).id();
  }

  // Following

  public FollowOutcome follow(String userId, String name) {
    String key = keyOf(name);
    boolean added = follows.follow(userId, name.strip().replaceAll("\\s+", " "), key);
    int papers = countOf(key);
    return new FollowOutcome(new Followed(name.strip(), key), added, papers);
  }

  /** False when the person did not follow the name. */
  public boolean unfollow(String userId, String name) {
    return follows.unfollow(userId, keyOf(name));
  }

  public List<Followed> following(String userId) {
    return follows.list(userId);
  }

  public boolean follows(String userId, String name) {
    return userId != null && follows.follows(userId, keyOf(name));
  }

  private int countOf(String key) {
    long n =
        db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM paper_authors WHERE name_key = ?", key));
    return (int) n;
  }

  // Claims

  /** Claims papers by id; unknown ids are reported, the rest claimed. */
  public ClaimReport claim(String userId, Collection<String> ids) {
    return claims.claim(userId, ids);
  }

  /** "This is me": claims every paper under the name (the newest {@link Claims#MAX_PER_PERSON}). */
  public ClaimReport claimAuthor(String userId, String name) {
    return claims.claim(userId, authors.ids(keyOf(name), AuthorPage.SUMMARY_PAPERS));
  }

  /** "Not me": unclaims every paper under the name; how many. */
  public int unclaimAuthor(String userId, String name) {
    String key = keyOf(name);
    return db.inTransaction(
        c ->
            Sql.update(
                c,
                "DELETE FROM claims WHERE user_id = ? AND paper_id IN"
                    + " (SELECT paper_id FROM paper_authors WHERE name_key = ?)",
                userId,
                key));
  }

  /** The number of claims removed. */
  public int unclaim(String userId, Collection<String> ids) {
    return claims.unclaim(userId, ids);
  }

  /** How many of the papers under a name the person claimed. */
  public int claimedUnder(String userId, String name) {
    String key = keyOf(name);
    long n =
        db.read(
            c ->
                Sql.count(
                    c,
                    "SELECT COUNT(*) FROM claims m JOIN paper_authors a ON a.paper_id = m.paper_id"
                        + " WHERE m.user_id = ? AND a.name_key = ?",
                    userId,
                    key));
    return (int) n;
  }

  /** Whether citations of the papers in the person's library are mailed too (off by default). */
  public boolean libraryAlerts(String userId) {
    return db.read(
        c ->
            Sql.one(
                    c,
                    "SELECT library_alerts FROM people_settings WHERE user_id = ?",
                    r -> r.getInt(1) == 1,
                    userId)
                .orElse(false));
  }

  public void libraryAlerts(String userId, boolean on) {
    db.inTransaction(
        c -> {
          Sql.update(c, "DELETE FROM people_settings WHERE user_id = ?", userId);
          return Sql.update(
              c,
              "INSERT INTO people_settings (user_id, library_alerts) VALUES (?, ?)",
              userId,
              on ? 1 : 0);
        });
  }

  /** The person's own papers themselves, most recently claimed first, at most {@code limit}. */
  public List<org.paperboy.paper.Paper> claimedPapers(String userId, int limit) {
    List<String> ids = claims.ids(userId);
    ids = ids.subList(0, Math.min(limit, ids.size()));
    var found = papers.findAll(ids);
    return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
  }

  // Citations

  /** The ids of the stored papers known to cite this one, newest first, at most {@code limit}. */
  public List<String> citedBy(String paperId, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT c.citing_id FROM citations c JOIN papers p ON p.id = c.citing_id"
                    + " WHERE c.cited_id = ? ORDER BY p.published DESC, c.citing_id LIMIT ?",
                r -> r.getString(1),
                paperId,
                limit));
  }

  /** How many stored papers are known to cite this one. */
  public int citedByCount(String paperId) {
    long n =
        db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM citations WHERE cited_id = ?", paperId));
    return (int) n;
  }

  /** The ids of the stored papers this one is known to cite, at most {@code limit}. */
  public List<String> cites(String paperId, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT cited_id FROM citations WHERE citing_id = ? ORDER BY cited_id LIMIT ?",
                r -> r.getString(1),
                paperId,
                limit));
  }

  /**
   * The people sections of the digests over one window of new papers (papers first seen in {@code
   * from..until}, citation edges found then), read once for every subscriber of the run.
   */
  public DigestNews news(
      java.util.Collection<org.paperboy.paper.Paper> window,
      java.time.Instant from,
      java.time.Instant until) {
    return new DigestNews(db, accounts, library, papers, window, from, until);
  }

  /**
   * Papers by the authors a person follows first published on or after {@code since}, newest first,
   * each with the name followed: what {@code /for-you} and its feed show.
   */
  public List<News.Entry> followedSince(String userId, java.time.LocalDate since, int limit) {
    List<String[]> rows =
        db.read(
            c ->
                Sql.list(
                    c,
                    "SELECT a.paper_id, f.name_key FROM follows f JOIN paper_authors a"
                        + " ON a.name_key = f.name_key WHERE f.user_id = ? AND a.published >= ?"
                        + " ORDER BY a.published DESC, a.paper_id LIMIT ?",
                    r -> new String[] {r.getString(1), r.getString(2)},
                    userId,
                    since.toString(),
                    limit));
    java.util.Map<String, List<String>> keys = new java.util.LinkedHashMap<>();
    for (String[] r : rows) {
      keys.computeIfAbsent(r[0], k -> new java.util.ArrayList<>()).add(r[1]);
    }
    var found = papers.findAll(keys.keySet());
    List<News.Entry> out = new java.util.ArrayList<>();
    keys.forEach(
        (id, followed) -> {
          org.paperboy.paper.Paper p = found.get(id);
          if (p != null) {
            List<String> why =
                followed.stream()
                    .map(k -> "by " + DigestNews.writtenIn(p, k, k) + ", whom you follow")
                    .toList();
            out.add(new News.Entry(p, why));
          }
        });
    return out;
  }

  /** The person's own papers, most recently claimed first. */
  public List<String> claimed(String userId) {
    return claims.ids(userId);
  }

  /** Every claim of these people (own papers count as saved for recommendations), newest first. */
  public List<PaperMark> claimsOf(Collection<String> userIds) {
    return claims.of(userIds);
  }
}
