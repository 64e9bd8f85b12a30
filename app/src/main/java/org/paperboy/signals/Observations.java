package org.paperboy.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** The signal tables: observations appended, the newest value of each kept beside them. */
final class Observations {
  /** Instants as fixed-width ISO text, so that they compare as text on both databases. */
  static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final int CHUNK = 500;

  /** One value seen: {@code source} and {@code metric} such as {@code hf} / {@code upvotes}. */
  record Obs(String paperId, String source, String metric, long value) {}

  private final Database db;

  Observations(Database db) {
    this.db = db;
  }

  static String at(Instant i) {
    return INSTANT.format(i);
  }

  /**
   * Records the values seen at {@code now}: an observation where a value is new or changed, and the
   * newest value (with when it was last confirmed) in every case. One transaction.
   */
  void record(List<Obs> seen, Instant now) {
    if (seen.isEmpty()) {
      return;
    }
    String t = at(now);
    db.inTransaction(
        c -> {
          for (Obs o : seen) {
            Long last =
                Sql.one(
                        c,
                        "SELECT value FROM signal_latest"
                            + " WHERE paper_id = ? AND source = ? AND metric = ?",
                        rs -> rs.getLong(1),
                        o.paperId(),
                        o.source(),
                        o.metric())
                    .orElse(null);
            if (last == null || last != o.value()) {
              Sql.update(
                  c,
                  "INSERT INTO signal_observations (paper_id, source, metric, value, observed_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (paper_id, source, metric, observed_at)"
                      + " DO UPDATE SET value = excluded.value",
                  o.paperId(),
                  o.source(),
                  o.metric(),
                  o.value(),
                  t);
            }
            Sql.update(
                c,
                "INSERT INTO signal_latest (paper_id, source, metric, value, observed_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (paper_id, source, metric)"
                    + " DO UPDATE SET value = excluded.value, observed_at = excluded.observed_at",
                o.paperId(),
                o.source(),
                o.metric(),
                o.value(),
                t);
          }
          return null;
        });
  }

  /** Stores what Hugging Face said about papers besides numbers, and that it was asked. */
  void hfFacts(Collection<HfPaper> found, Instant now) {
    db.inTransaction(
        c -> {
          for (HfPaper p : found) {
            Sql.update(
                c,
                "INSERT INTO signal_papers (paper_id, hf_checked_at, hf_featured_on, hf_summary,"
                    + " github_repo, project_url) VALUES (?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (paper_id) DO UPDATE SET hf_checked_at = excluded.hf_checked_at,"
                    + " hf_featured_on = COALESCE(excluded.hf_featured_on,"
                    + " signal_papers.hf_featured_on),"
                    + " hf_summary = COALESCE(excluded.hf_summary, signal_papers.hf_summary),"
                    + " github_repo = COALESCE(excluded.github_repo, signal_papers.github_repo),"
                    + " project_url = COALESCE(excluded.project_url, signal_papers.project_url)",
                p.id(),
                at(now),
                p.featuredOn() == null ? null : p.featuredOn().toString(),
                p.summary(),
                p.repo(),
                p.projectUrl());
          }
          return null;
        });
  }

  /** Marks papers as asked about (Hugging Face did not know them): asked again in later rounds. */
  void hfAsked(Collection<String> ids, Instant now) {
    hfFacts(
        ids.stream().map(id -> new HfPaper(id, null, null, null, null, null, null)).toList(), now);
  }

  /** The repository each paper links, where one is known. */
  void repos(Map<String, String> repoByPaper) {
    db.inTransaction(
        c -> {
          for (Map.Entry<String, String> e : repoByPaper.entrySet()) {
            Sql.update(
                c,
                "INSERT INTO signal_papers (paper_id, github_repo) VALUES (?, ?)"
                    + " ON CONFLICT (paper_id) DO UPDATE SET github_repo = COALESCE("
                    + "signal_papers.github_repo, excluded.github_repo)",
                e.getKey(),
                e.getValue());
          }
          return null;
        });
  }

  /** Papers first published in the span, those Hugging Face was asked about longest ago first. */
  List<String> hfLookupOrder(LocalDate from, LocalDate to, Instant askedBefore, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT p.id FROM papers p LEFT JOIN signal_papers s ON s.paper_id = p.id"
                    + " WHERE p.published >= ? AND p.published <= ?"
                    + " AND (s.hf_checked_at IS NULL OR s.hf_checked_at < ?)"
                    + " ORDER BY CASE WHEN s.hf_checked_at IS NULL THEN 0 ELSE 1 END,"
                    + " s.hf_checked_at, p.published DESC, p.id LIMIT ?",
                rs -> rs.getString(1),
                from.toString(),
                to.toString(),
                at(askedBefore),
                limit));
  }

  record Linked(String id, String repo, String code, String text) {}

  /** The span's papers with a repository from Hugging Face or a github.com link of their own. */
  List<Linked> linked(LocalDate from, LocalDate to) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT p.id, s.github_repo, p.code_url, CASE WHEN s.github_repo IS NULL"
                    + " THEN p.abstract || ' ' || COALESCE(p.comments, '') END"
                    + " FROM papers p LEFT JOIN signal_papers s ON s.paper_id = p.id"
                    + " WHERE p.published >= ? AND p.published <= ? AND (s.github_repo IS NOT NULL"
                    + " OR LOWER(COALESCE(p.code_url, '') || p.abstract || COALESCE(p.comments, ''))"
                    + " LIKE '%github.com/%')",
                rs ->
                    new Linked(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                from.toString(),
                to.toString()));
  }

  Map<String, GitHub.Stars> knownRepos(Collection<String> repos) {
    Map<String, GitHub.Stars> out = new HashMap<>();
    for (List<String> chunk : chunks(repos)) {
      db.read(
          c -> {
            for (Object[] r :
                Sql.list(
                    c,
                    "SELECT repo, stars, etag FROM signal_repos WHERE stars IS NOT NULL AND repo IN ("
                        + Sql.marks(chunk.size())
                        + ")",
                    rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)},
                    chunk.toArray())) {
              out.put((String) r[0], new GitHub.Stars((Long) r[1], (String) r[2]));
            }
            return null;
          });
    }
    return out;
  }

  void repoChecked(String repo, GitHub.Stars stars, Instant now) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO signal_repos (repo, etag, stars, checked_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (repo) DO UPDATE SET etag = excluded.etag,"
                    + " stars = excluded.stars, checked_at = excluded.checked_at",
                repo,
                stars == null ? null : stars.etag(),
                stars == null ? null : stars.stars(),
                at(now)));
  }

  /** Repositories by when they were last asked about: never first. */
  Map<String, String> repoCheckedAt(Collection<String> repos) {
    Map<String, String> out = new HashMap<>();
    for (List<String> chunk : chunks(repos)) {
      db.read(
          c -> {
            for (String[] r :
                Sql.list(
                    c,
                    "SELECT repo, checked_at FROM signal_repos WHERE repo IN ("
                        + Sql.marks(chunk.size())
                        + ")",
                    rs -> new String[] {rs.getString(1), rs.getString(2)},
                    chunk.toArray())) {
              out.put(r[0], r[1]);
            }
            return null;
          });
    }
    return out;
  }

  static <T> List<List<T>> chunks(Collection<T> all) {
    List<T> list = List.copyOf(all);
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i += CHUNK) {
      out.add(list.subList(i, Math.min(list.size(), i + CHUNK)));
    }
    return out;
  }

  /** The arXiv ids of the papers first published in the span (for Semantic Scholar). */
  List<String> arxivIdsPublished(LocalDate from, LocalDate to) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT id FROM papers WHERE published >= ? AND published <= ? ORDER BY id",
                rs -> rs.getString(1),
                from.toString(),
                to.toString()));
  }
}
