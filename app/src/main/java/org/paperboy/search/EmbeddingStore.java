package org.paperboy.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

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

  /**
   * A paper waits while it has no vector made from its present text: its {@code vector_hash} is
   * null (the upsert clears it when the text changes). The condition is written exactly as the
   * partial index {@code papers_embed_waiting} (V10) is defined, so that both databases read the
   * waiting papers from that index alone.
   */
  private static final String WAITING = "vector_hash IS NULL";

  private static final String COLUMNS = "SELECT id, title, abstract, text_hash FROM papers WHERE ";

  /**
   * The newest papers waiting for a vector: in order of publication, newest first, those published
   * on or after {@code since} (null: every paper; then papers without a date come last). Each batch
   * is read afresh from the top, so papers added while a long backfill runs go before it.
   *
   * <p>The waiting mark follows one model, the index's: a database holds vectors of one model.
   */
  List<Pending> pending(LocalDate since, int limit) {
    return db.read(
        c -> {
          List<Pending> out = new ArrayList<>(limit);
          read(
              c,
              COLUMNS + WAITING + " AND published >= ? ORDER BY published DESC, id DESC LIMIT ?",
              since == null ? "" : since.toString(),
              limit,
              out);
          if (since == null && out.size() < limit) {
            read(
                c,
                COLUMNS + WAITING + " AND published IS NULL ORDER BY id DESC LIMIT ?",
                null,
                limit - out.size(),
                out);
          }
          return out;
        });
  }

  private static void read(Connection c, String sql, String since, int limit, List<Pending> out)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (since != null) {
        ps.setString(i++, since);
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        }
      }
    }
  }

  /** How many papers wait for a vector: published on or after {@code since} (null: all). */
  long countPending(LocalDate since) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM papers WHERE "
                      + WAITING
                      + (since == null ? "" : " AND published >= ?"))) {
            if (since != null) {
              ps.setString(1, since.toString());
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /**
   * Stores vectors, marks their papers done and gives them new change numbers, in one transaction,
   * so that the index owner re-indexes them with their vectors.
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
              c.prepareStatement(
                  // a text changed since it was read keeps the paper waiting
                  "UPDATE papers SET seq = ?, vector_hash = CASE WHEN text_hash = ? THEN text_hash"
                      + " END WHERE id = ?")) {
            for (Pending p : papers) {
              touch.setLong(1, seq++);
              touch.setLong(2, p.textHash());
              touch.setString(3, p.id());
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

  /** Every current vector of the model, in paper id order, streamed. */
  void eachVector(String model, BiConsumer<String, float[]> each) {
    db.readStreaming(
        c -> {
          Sql.each(
              c,
              "SELECT e.paper_id, e.vector FROM embeddings e JOIN papers p ON p.id = e.paper_id"
                  + " AND p.text_hash = e.text_hash WHERE e.model = ? ORDER BY e.paper_id",
              rs -> Map.entry(rs.getString(1), Vectors.fromBytes(rs.getBytes(2))),
              v -> each.accept(v.getKey(), v.getValue()),
              model);
          return null;
        });
  }
}
