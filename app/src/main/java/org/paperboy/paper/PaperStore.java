package org.paperboy.paper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Reads and writes papers. Writing is an idempotent, batched upsert. */
public final class PaperStore {
  private final Database db;
  private final Clock clock;

  public PaperStore(Database db) {
    this(db, Clock.systemUTC());
  }

  /** With the application's clock, which stamps when each paper was first seen. */
  public PaperStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Indexes the authors of papers stored before author pages existed, once (a no-op after): the job
   * migration V15 leaves behind. The number of papers indexed.
   */
  public long backfillAuthors() {
    return AuthorBackfill.run(db);
  }

  /** The clock of ingest: first-seen stamps, harvest progress, polite pauses until a date. */
  public Clock clock() {
    return clock;
  }

  /** What an upsert did to one paper. */
  public enum Change {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Upserts a batch (see {@link #upsert(List, Consumer)}). */
  public Map<String, Change> upsert(List<Paper> batch) {
    return upsert(batch, row -> {});
  }

  /**
   * Upserts a batch and hands each row written (added or changed) to {@code written} before its
   * commit: what a bulk index needs to follow without reading back. One transaction, or on SQLite
   * (one write lock for the whole file) one per 1,000 papers (some tens of milliseconds), so other
   * writers wait briefly; smaller ones made the import rewrite the same index pages each commit.
   */
  public Map<String, Change> upsert(List<Paper> batch, Consumer<Written> written) {
    int chunk = db.kind() == Database.Kind.SQLITE ? 1_000 : Math.max(1, batch.size());
    Map<String, Change> all = new LinkedHashMap<>();
    for (int i = 0; i < batch.size(); i += chunk) {
      List<Paper> part = batch.subList(i, Math.min(batch.size(), i + chunk));
      db.inTransaction(
              c ->
                  PaperWrites.upsert(
                      c, part, written, clock.instant())) // added in one part stays added
          .forEach((id, ch) -> all.merge(id, ch, (x, y) -> x == Change.UNCHANGED ? y : x));
    }
    return all;
  }

  /**
   * Upserts a batch on the caller's connection and transaction. A paper that is not stored yet is
   * added; one that is stored is merged (see {@link PaperMerge}) and written only when that changes
   * it. Papers repeated inside the batch are merged in order. Returns what happened to each
   * distinct id, in batch order.
   */
  public Map<String, Change> upsert(Connection c, List<Paper> batch) throws SQLException {
    return PaperWrites.upsert(c, batch, row -> {}, clock.instant());
  }

  /** A paper with the change-sequence number of its last change. */
  public record Sequenced(Paper paper, long seq) {}

  /** Papers changed after {@code seq}, in sequence order, at most {@code limit}. */
  public List<Sequenced> changedSince(long seq, int limit) {
    return db.read(
        c -> {
          List<Sequenced> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + PaperRows.COLUMNS
                      + ", seq FROM papers WHERE seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new Sequenced(PaperRows.read(rs), rs.getLong(PaperRows.COUNT + 1)));
              }
            }
          }
          return out;
        });
  }

  /**
   * The ids of the papers first published in {@code from..to}, newest first, at most {@code limit}
   * (read from the {@code (published, id)} index alone).
   */
  public List<String> idsPublishedBetween(LocalDate from, LocalDate to, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT id FROM papers WHERE published >= ? AND published <= ?"
                    + " ORDER BY published DESC, id DESC LIMIT ?",
                rs -> rs.getString(1),
                from.toString(),
                to.toString(),
                limit));
  }

  /** The papers of these ids that exist, by id. */
  public Map<String, Paper> findAll(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return db.read(
        c -> {
          Map<String, Paper> found = new HashMap<>();
          for (PaperWrites.Stored s : PaperWrites.findStored(c, ids).values()) {
            found.put(s.paper().id(), s.paper());
          }
          return found;
        });
  }

  public Optional<Paper> find(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + PaperRows.COLUMNS + " FROM papers WHERE id = ?")) {
            ps.setString(1, PaperIds.canonical(id)); // a DOI as written finds its paper
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(PaperRows.read(rs)) : Optional.empty();
            }
          }
        });
  }

  public long count() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM papers");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Paper counts per source, largest first. */
  public Map<String, Long> countBySource() {
    return db.read(
        c -> {
          Map<String, Long> counts = new LinkedHashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT source, COUNT(*) FROM papers GROUP BY source ORDER BY COUNT(*) DESC");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              counts.put(rs.getString(1), rs.getLong(2));
            }
          }
          return counts;
        });
  }

  /**
   * Paper counts per server ({@link Paper#SERVERS}), every server named, in that order: what {@code
   * stats} reports as {@code sources}.
   */
  public Map<String, Long> countByServer() {
    Map<String, Long> counts = new LinkedHashMap<>();
    Paper.SERVERS.forEach(s -> counts.put(s, 0L));
    countBySource().forEach((source, n) -> counts.merge(Paper.server(source), n, Long::sum));
    return counts;
  }

  /** The newest first-version date of any paper, or null for an empty store. */
  public LocalDate newestPublished() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT MAX(published) FROM papers");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? PaperRows.date(rs.getString(1)) : null;
          }
        });
  }

  /** Papers first seen in a window: the first of them, and how many there were in all. */
  public record Added(List<Paper> papers, int total) {}

  /**
   * Papers first seen after {@code after} and up to {@code until}, at most {@code limit} of them:
   * the most recently published first, so that a bulk import of old papers yields its newest.
   * Stored instants differ in their fraction digits, so the database narrows by text and the exact
   * bounds are checked here, before the limit.
   */
  public Added addedBetween(java.time.Instant after, java.time.Instant until, int limit) {
    String low =
        after.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).minusSeconds(1).toString();
    String high =
        until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(2).toString();
    return db.read(
        c -> {
          List<Paper> out = new ArrayList<>();
          int total = 0;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + PaperRows.COLUMNS
                      + " FROM papers WHERE added_at > ? AND added_at < ?"
                      + " ORDER BY published IS NULL, published DESC, id")) {
            ps.setString(1, low);
            ps.setString(2, high);
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                java.time.Instant added = java.time.Instant.parse(rs.getString("added_at"));
                if (added.isAfter(after) && !added.isAfter(until)) {
                  total++;
                  if (out.size() < limit) {
                    out.add(PaperRows.read(rs));
                  }
                }
              }
            }
          }
          return new Added(out, total);
        });
  }

  /** Streams every paper in id order to the consumer, without holding them all in memory. */
  public void forEach(Consumer<Paper> consumer) {
    db.readStreaming(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + PaperRows.COLUMNS + " FROM papers ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(PaperRows.read(rs));
              }
            }
          }
          return null;
        });
  }
}
