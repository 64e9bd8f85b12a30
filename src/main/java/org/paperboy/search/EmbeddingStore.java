package org.paperboy.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;

/** The {@code embeddings} table: one vector per paper and model, for the text it was made from. */
final class EmbeddingStore {
  private static final int CHUNK = 500;

  private final Database db;

  EmbeddingStore(Database db) {
    this.db = db;
  }

  /** A paper's text waiting for a vector. */
  record Pending(String id, String title, String abstractText, long textHash) {
    String text() {
      return title + ". " + abstractText;
    }
  }

  private static final String PENDING =
      " FROM papers p LEFT JOIN embeddings e ON e.paper_id = p.id AND e.model = ?"
          + " WHERE (e.paper_id IS NULL OR e.text_hash <> p.text_hash)";

  /** Papers with no vector for the model, or one made from an older text, after {@code afterId}. */
  List<Pending> pending(String model, String afterId, int limit) {
    return db.read(
        c -> {
          List<Pending> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p.id, p.title, p.abstract, p.text_hash"
                      + PENDING
                      + " AND p.id > ? ORDER BY p.id LIMIT ?")) {
            ps.setString(1, model);
            ps.setString(2, afterId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
              }
            }
          }
          return out;
        });
  }

  long countPending(String model) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + PENDING)) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /**
   * Stores vectors and gives their papers new change numbers, in one transaction, so that the index
   * owner re-indexes them with their vectors.
   */
  void save(String model, List<Pending> papers, float[][] vectors) {
    db.inTransaction(
        c -> {
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO embeddings (paper_id, model, text_hash, vector) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (paper_id, model) DO UPDATE"
                      + " SET text_hash = excluded.text_hash, vector = excluded.vector")) {
            for (int i = 0; i < papers.size(); i++) {
              upsert.setString(1, papers.get(i).id());
              upsert.setString(2, model);
              upsert.setLong(3, papers.get(i).textHash());
              upsert.setBytes(4, Vectors.toBytes(vectors[i]));
              upsert.addBatch();
            }
            upsert.executeBatch();
          }
          long seq = Database.nextSeq(c, papers.size());
          try (PreparedStatement touch =
              c.prepareStatement("UPDATE papers SET seq = ? WHERE id = ?")) {
            for (Pending p : papers) {
              touch.setLong(1, seq++);
              touch.setString(2, p.id());
              touch.addBatch();
            }
            touch.executeBatch();
          }
          return null;
        });
  }

  /** The current vectors (made from the paper's present text) of these papers. */
  Map<String, float[]> vectors(Connection c, String model, Collection<String> ids)
      throws SQLException {
    Map<String, float[]> out = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT e.paper_id, e.vector FROM embeddings e JOIN papers p ON p.id = e.paper_id"
                  + " AND p.text_hash = e.text_hash WHERE e.model = ? AND e.paper_id IN ("
                  + marks
                  + ")")) {
        ps.setString(1, model);
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 2, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), Vectors.fromBytes(rs.getBytes(2)));
          }
        }
      }
    }
    return out;
  }

  Map<String, float[]> vectors(String model, Collection<String> ids) {
    return db.read(c -> vectors(c, model, ids));
  }

  long count(String model) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM embeddings WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }
}
