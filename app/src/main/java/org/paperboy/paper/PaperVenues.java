package org.paperboy.paper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * Papers by venue and by normalised title: what matching OpenReview's notes and the venue pages
 * read. Every query goes through an index ({@code papers_title_key}, {@code papers_venue_key}).
 */
public final class PaperVenues {
  private static final int CHUNK = 500;
  private final Database db;

  public PaperVenues(Database db) {
    this.db = db;
  }

  /** A venue with the number of papers Paperboy knows were accepted there. */
  public record Count(String key, String name, long papers) {}

  /**
   * Fills in the title key and venue of papers stored before they existed (a few hundred thousand
   * rows a minute, once); a paper that gains a venue is numbered as changed so the search index
   * learns it. Returns how many rows it filled.
   */
  public long fillKeys() {
    long filled = 0;
    while (true) {
      int n =
          db.inTransaction(
              c -> {
                List<Paper> rows =
                    Sql.list(
                        c,
                        "SELECT "
                            + PaperRows.COLUMNS
                            + " FROM papers WHERE title_key IS NULL LIMIT 1000",
                        PaperRows::read);
                for (Paper p : rows) {
                  Venue v = Venue.effective(p);
                  if (v == null) {
                    Sql.update(
                        c,
                        "UPDATE papers SET title_key = ? WHERE id = ?",
                        TitleKey.of(p.title()),
                        p.id());
                  } else {
                    fill(c, p.withVenue(v));
                  }
                }
                return rows.size();
              });
      filled += n;
      if (n == 0) {
        return filled;
      }
    }
  }

  private static void fill(Connection c, Paper p) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE papers SET title_key = ?, venue_key = ?, venue_name = ?, venue_id = ?,"
                + " venue_decision = ?, venue_from = ?, content_hash = ?, seq = ? WHERE id = ?")) {
      PaperRows.bindDerived(ps, 1, p);
      ps.setLong(7, PaperHash.of(p));
      ps.setLong(8, Database.nextSeq(c, 1));
      ps.setString(9, p.id());
      ps.executeUpdate();
    }
  }

  /** The stored papers whose title has one of these keys, by key. */
  public Map<String, List<Paper>> byTitleKeys(Collection<String> keys) {
    List<String> all = keys.stream().filter(k -> !k.isEmpty()).distinct().toList();
    return db.read(
        c -> {
          Map<String, List<Paper>> found = new HashMap<>();
          for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT "
                        + PaperRows.COLUMNS
                        + ", title_key FROM papers WHERE title_key IN ("
                        + Sql.marks(chunk.size())
                        + ")")) {
              for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 1, chunk.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  found
                      .computeIfAbsent(rs.getString(PaperRows.COUNT + 1), k -> new ArrayList<>())
                      .add(PaperRows.read(rs));
                }
              }
            }
          }
          return found;
        });
  }

  /** Every venue with its paper count, the largest first. */
  public List<Count> venues(int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT venue_key, MIN(venue_name), COUNT(*) FROM papers"
                    + " WHERE venue_key IS NOT NULL GROUP BY venue_key"
                    + " ORDER BY COUNT(*) DESC, venue_key LIMIT ?",
                rs -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)),
                limit));
  }

  /** The papers accepted at the venue of this key, at most {@code limit}, newest first. */
  public List<Paper> papersAt(String key, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT "
                    + PaperRows.COLUMNS
                    + " FROM papers WHERE venue_key = ? ORDER BY published DESC, id LIMIT ?",
                PaperRows::read,
                key,
                limit));
  }

  /** The key of the venue OpenReview calls by this id, or null when no paper has it. */
  public String keyOfVenueId(String venueId) {
    return db.read(
        c ->
            Sql.one(
                    c,
                    "SELECT venue_key FROM papers WHERE venue_key IS NOT NULL AND venue_id = ?"
                        + " LIMIT 1",
                    rs -> rs.getString(1),
                    venueId)
                .orElse(null));
  }
}
