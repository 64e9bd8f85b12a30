package org.paperboy.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.Paper;

/**
 * Citation edges (citing → cited) and which watched papers are due to be asked about. Watched: the
 * papers people claimed, and those in the libraries of people who turned library alerts on. Each is
 * asked about at most once a day per source; papers nobody watches never.
 */
final class Citations {
  /** How often a paper is asked about, per source. */
  static final Duration EVERY = Duration.ofDays(1);

  /** Papers asked about per source and round, the least recently asked first. */
  static final int PER_ROUND = 500;

  /** A citing paper published longer ago than this is old news: stored, never mailed. */
  static final Duration NEWS = Duration.ofDays(30);

  private final Database db;

  Citations(Database db) {
    this.db = db;
  }

  /** Watched arXiv papers not asked about within a day by this source, least recent first. */
  List<String> due(String source, Instant now, int limit) {
    return db
        .read(
            c ->
                Sql.list(
                    c,
                    "SELECT w.paper_id FROM (SELECT paper_id FROM claims UNION SELECT l.paper_id"
                        + " FROM library l JOIN people_settings s ON s.user_id = l.user_id"
                        + " AND s.library_alerts = 1 WHERE l.state = 'saved') w"
                        + " LEFT JOIN citation_checks k ON k.paper_id = w.paper_id AND k.source = ?"
                        + " WHERE k.checked_at IS NULL OR k.checked_at <= ?"
                        + " ORDER BY COALESCE(k.checked_at, ''), w.paper_id LIMIT ?",
                    r -> r.getString(1),
                    source,
                    Sql.instant(now.minus(EVERY)),
                    limit * 2))
        .stream()
        .filter(org.paperboy.paper.ArxivIds::isArxivId)
        .limit(limit)
        .toList();
  }

  /**
   * Records what a source said about one paper: new edges from the citing papers that are stored (a
   * known edge is never removed, nor found again), and that the paper was asked about now. Returns
   * the number of new edges.
   */
  int record(String source, String cited, Collection<Paper> citing, Instant now) {
    String found = Sql.instant(now);
    LocalDate recent = LocalDate.ofInstant(now.minus(NEWS), ZoneOffset.UTC);
    return db.inTransaction(
        c -> {
          int added = 0;
          for (Paper p : citing) {
            if (p.id().equals(cited)) {
              continue;
            }
            boolean quiet = p.published() == null || p.published().isBefore(recent);
            added +=
                Sql.update(
                    c,
                    "INSERT INTO citations (cited_id, citing_id, source, found_at, quiet)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (cited_id, citing_id) DO NOTHING",
                    cited,
                    p.id(),
                    source,
                    found,
                    quiet ? 1 : 0);
          }
          checked(c, source, cited, now);
          return added;
        });
  }

  /** Marks a paper asked about without an answer worth keeping (the source does not know it). */
  void checked(String source, String paper, Instant now) {
    db.inTransaction(c -> checked(c, source, paper, now));
  }

  private static int checked(java.sql.Connection c, String source, String paper, Instant now)
      throws java.sql.SQLException {
    return Sql.update(
        c,
        "INSERT INTO citation_checks (paper_id, source, checked_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (paper_id, source) DO UPDATE SET checked_at = excluded.checked_at",
        paper,
        source,
        Sql.instant(now));
  }

  /** The stored papers among these ids, by id. */
  static Map<String, Paper> stored(org.paperboy.paper.PaperStore papers, Collection<String> ids) {
    return papers.findAll(ids);
  }
}
