package org.paperboy.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.paperboy.db.Database;

/** Reads and writes papers. Writing is an idempotent, batched upsert. */
public final class PaperStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
  private static final int LOOKUP_CHUNK = 500;

  static final String COLUMNS =
      "id, version, title, abstract, authors, categories, published, updated, doi, journal_ref,"
          + " comments, license, abs_url, pdf_url, code_url, project_url, source, added_at";

  private static final String INSERT =
      "INSERT INTO papers ("
          + COLUMNS
          + ", content_hash, seq, text_hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE papers SET version = ?, title = ?, abstract = ?, authors = ?, categories = ?,"
          + " published = ?, updated = ?, doi = ?, journal_ref = ?, comments = ?, license = ?,"
          + " abs_url = ?, pdf_url = ?, code_url = ?, project_url = ?, source = ?,"
          + " content_hash = ?, seq = ?, text_hash = ? WHERE id = ?";

  private final Database db;

  public PaperStore(Database db) {
    this.db = db;
  }

  /** What an upsert did to one paper. */
  public enum Change {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** Upserts a batch in one transaction of its own. */
  public Map<String, Change> upsert(List<Paper> batch) {
    return db.inTransaction(c -> upsert(c, batch));
  }

  /**
   * Upserts a batch on the caller's connection and transaction. A paper that is not stored yet is
   * added; one that is stored is merged (see {@link PaperMerge}) and written only when that changes
   * it. Papers repeated inside the batch are merged in order. Returns what happened to each
   * distinct id, in batch order.
   */
  public Map<String, Change> upsert(Connection c, List<Paper> batch) throws SQLException {
    Map<String, Paper> incoming = new LinkedHashMap<>();
    for (Paper p : batch) {
      incoming.merge(p.id(), p, PaperMerge::merge);
    }
    Map<String, StoredPaper> existing = findStored(c, incoming.keySet());
    Instant now = Instant.now();
    Map<String, Change> changes = new LinkedHashMap<>();
    List<Paper> inserts = new ArrayList<>();
    List<Paper> updates = new ArrayList<>();
    for (Paper p : incoming.values()) {
      StoredPaper old = existing.get(p.id());
      if (old == null) {
        inserts.add(p.addedAt() == null ? p.withAddedAt(now) : p);
        changes.put(p.id(), Change.ADDED);
        continue;
      }
      Paper merged = PaperMerge.merge(old.paper(), p);
      if (PaperHash.of(merged) == old.hash()) {
        changes.put(p.id(), Change.UNCHANGED);
      } else {
        updates.add(merged);
        changes.put(p.id(), Change.UPDATED);
      }
    }
    if (inserts.isEmpty() && updates.isEmpty()) {
      return changes;
    }
    // Last, so that the counter row is locked only while the rows are written and committed.
    long seq = Database.nextSeq(c, inserts.size() + updates.size());
    try (PreparedStatement insert = c.prepareStatement(INSERT);
        PreparedStatement update = c.prepareStatement(UPDATE)) {
      for (Paper row : inserts) {
        insert.setString(1, row.id());
        bindContent(insert, 2, row);
        insert.setString(18, row.addedAt().toString());
        insert.setLong(19, PaperHash.of(row));
        insert.setLong(20, seq++);
        insert.setLong(21, PaperHash.ofText(row));
        insert.addBatch();
      }
      for (Paper row : updates) {
        bindContent(update, 1, row);
        update.setLong(17, PaperHash.of(row));
        update.setLong(18, seq++);
        update.setLong(19, PaperHash.ofText(row));
        update.setString(20, row.id());
        update.addBatch();
      }
      if (!inserts.isEmpty()) {
        insert.executeBatch();
      }
      if (!updates.isEmpty()) {
        update.executeBatch();
      }
    }
    return changes;
  }

  private record StoredPaper(Paper paper, long hash) {}

  private Map<String, StoredPaper> findStored(Connection c, java.util.Collection<String> ids)
      throws SQLException {
    Map<String, StoredPaper> found = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      String sql = "SELECT " + COLUMNS + ", content_hash FROM papers WHERE id IN (" + marks + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Paper p = read(rs);
            found.put(p.id(), new StoredPaper(p, rs.getLong(19)));
          }
        }
      }
    }
    return found;
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
                  "SELECT " + COLUMNS + ", seq FROM papers WHERE seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, seq);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new Sequenced(read(rs), rs.getLong(19)));
              }
            }
          }
          return out;
        });
  }

  /** The papers of these ids that exist, by id. */
  public Map<String, Paper> findAll(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return db.read(
        c -> {
          Map<String, Paper> found = new HashMap<>();
          for (StoredPaper s : findStored(c, ids).values()) {
            found.put(s.paper().id(), s.paper());
          }
          return found;
        });
  }

  public Optional<Paper> find(String id) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM papers WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(read(rs)) : Optional.empty();
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

  /** The newest first-version date of any paper, or null for an empty store. */
  public LocalDate newestPublished() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT MAX(published) FROM papers");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? date(rs.getString(1)) : null;
          }
        });
  }

  /** Streams every paper in id order to the consumer, without holding them all in memory. */
  public void forEach(Consumer<Paper> consumer) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT " + COLUMNS + " FROM papers ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                consumer.accept(read(rs));
              }
            }
          }
          return null;
        });
  }

  /** Binds version through source: 16 parameters starting at {@code i}. */
  private static void bindContent(PreparedStatement ps, int i, Paper p) throws SQLException {
    ps.setInt(i++, p.version());
    ps.setString(i++, p.title());
    ps.setString(i++, p.abstractText());
    ps.setString(i++, toJson(p.authors()));
    ps.setString(i++, String.join(" ", p.categories()));
    setNullable(ps, i++, p.published() == null ? null : p.published().toString());
    setNullable(ps, i++, p.updated() == null ? null : p.updated().toString());
    setNullable(ps, i++, p.doi());
    setNullable(ps, i++, p.journalRef());
    setNullable(ps, i++, p.comments());
    setNullable(ps, i++, p.license());
    setNullable(ps, i++, p.links().abs());
    setNullable(ps, i++, p.links().pdf());
    setNullable(ps, i++, p.links().code());
    setNullable(ps, i++, p.links().project());
    ps.setString(i, p.source());
  }

  private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  /** Maps a row selected with {@link #COLUMNS}. */
  static Paper read(ResultSet rs) throws SQLException {
    String categories = rs.getString(6);
    return new Paper(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        fromJson(rs.getString(5)),
        categories.isEmpty() ? List.of() : Arrays.asList(categories.split(" ")),
        date(rs.getString(7)),
        date(rs.getString(8)),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        new Paper.Links(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
        rs.getString(17),
        Instant.parse(rs.getString(18)));
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String toJson(List<String> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fromJson(String json) {
    try {
      return JSON.readValue(json, STRING_LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("authors column is not a JSON array: " + json, e);
    }
  }
}
