package org.paperboy.paper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore.Change;

/**
 * Writes papers for {@link PaperStore}: the batched, idempotent upsert that merges each paper with
 * its stored copy and numbers every change.
 */
final class PaperWrites {
  private static final int LOOKUP_CHUNK = 500;

  private static final String INSERT =
      "INSERT INTO papers ("
          + PaperRows.WRITTEN
          + ", content_hash, seq, text_hash, "
          + PaperRows.DERIVED
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "UPDATE papers SET version = ?, title = ?, abstract = ?, authors = ?, categories = ?,"
          + " published = ?, updated = ?, doi = ?, journal_ref = ?, comments = ?, license = ?,"
          + " abs_url = ?, pdf_url = ?, code_url = ?, project_url = ?, source = ?,"
          + " content_hash = ?, seq = ?, text_hash = ?, title_key = ?, venue_key = ?,"
          + " venue_name = ?, venue_id = ?, venue_decision = ?, venue_from = ?,"
          // a new text waits for a vector (V10):
          + " vector_hash = CASE WHEN vector_hash = ? THEN vector_hash END WHERE id = ?";

  private PaperWrites() {}

  /**
   * Upserts a batch on the caller's connection and transaction, stamping papers first seen now with
   * {@code now} (see {@link PaperStore#upsert(Connection, List)}).
   */
  static Map<String, Change> upsert(
      Connection c, List<Paper> batch, Consumer<Written> written, Instant now) throws SQLException {
    Map<String, Paper> incoming = new LinkedHashMap<>();
    for (Paper p : batch) {
      incoming.merge(p.id(), p, PaperMerge::merge);
    }
    for (Map.Entry<String, Paper> e : incoming.entrySet()) {
      e.setValue(e.getValue().withVenue(Venue.effective(e.getValue())));
    }
    Map<String, Stored> existing = findStored(c, incoming.keySet());
    Map<String, Change> changes = new LinkedHashMap<>();
    List<Paper> inserts = new ArrayList<>();
    List<Paper> updates = new ArrayList<>();
    List<Paper> reauthored = new ArrayList<>();
    for (Paper p : incoming.values()) {
      Stored old = existing.get(p.id());
      if (old == null) {
        inserts.add(p.addedAt() == null ? p.withAddedAt(now) : p);
        changes.put(p.id(), Change.ADDED);
        continue;
      }
      Paper merged = PaperMerge.merge(old.paper(), p);
      merged = merged.withVenue(Venue.effective(merged));
      if (PaperHash.of(merged) == old.hash()) {
        changes.put(p.id(), Change.UNCHANGED);
      } else {
        updates.add(merged);
        if (!merged.authors().equals(old.paper().authors())
            || !java.util.Objects.equals(merged.published(), old.paper().published())) {
          reauthored.add(merged);
        }
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
        PaperRows.bindContent(insert, 2, row);
        insert.setString(18, row.addedAt().toString());
        insert.setLong(19, PaperHash.of(row));
        written.accept(new Written(row, seq, true));
        insert.setLong(20, seq++);
        insert.setLong(21, PaperHash.ofText(row));
        PaperRows.bindDerived(insert, 22, row);
        insert.addBatch();
      }
      for (Paper row : updates) {
        PaperRows.bindContent(update, 1, row);
        update.setLong(17, PaperHash.of(row));
        written.accept(new Written(row, seq, false));
        update.setLong(18, seq++);
        update.setLong(19, PaperHash.ofText(row));
        PaperRows.bindDerived(update, 20, row);
        update.setLong(26, PaperHash.ofText(row));
        update.setString(27, row.id());
        update.addBatch();
      }
      if (!inserts.isEmpty()) {
        insert.executeBatch();
      }
      if (!updates.isEmpty()) {
        update.executeBatch();
      }
    }
    AuthorRows.replace(c, inserts, false);
    AuthorRows.replace(c, reauthored, true);
    return changes;
  }

  /** A stored paper with the hash of its content, to tell whether a merge changes it. */
  record Stored(Paper paper, long hash) {}

  static Map<String, Stored> findStored(Connection c, java.util.Collection<String> ids)
      throws SQLException {
    Map<String, Stored> found = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
      String sql =
          "SELECT " + PaperRows.COLUMNS + ", content_hash FROM papers WHERE id IN (" + marks + ")";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Paper p = PaperRows.read(rs);
            found.put(p.id(), new Stored(p, rs.getLong(PaperRows.COUNT + 1)));
          }
        }
      }
    }
    return found;
  }
}
