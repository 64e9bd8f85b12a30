package org.paperboy.recommend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.paperboy.db.Database;

/**
 * The SQL of recommendations: libraries and votes (read), vectors (read), models, spaces, sends.
 */
final class Store {
  private static final int CHUNK = 500;
  private final Database db;
  private final String model;

  Store(Database db, String model) {
    this.db = db;
    this.model = model;
  }

  /**
   * A person's lists: saved papers, upvotes and the papers they claimed as their own (newest
   * first), and dismissed ones.
   */
  record Library(List<String> saved, List<String> dismissed) {
    long fingerprint(long space) {
      return (31L * saved.hashCode() + dismissed.hashCode()) * 31 + space;
    }
  }

  Library library(String userId) {
    return db.read(
        c -> {
          List<String> saved = new ArrayList<>();
          List<String> dismissed = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id, state, created_at FROM library WHERE user_id = ?"
                      + " UNION ALL SELECT paper_id, 'voted', created_at FROM votes WHERE user_id = ?"
                      + " UNION ALL SELECT paper_id, 'claimed', created_at FROM claims"
                      + " WHERE user_id = ?" // own papers count as saved (issue 21)
                      + " ORDER BY 3 DESC, 1")) {
            ps.setString(1, userId);
            ps.setString(2, userId);
            ps.setString(3, userId);
            try (ResultSet rs = ps.executeQuery()) {
              Set<String> seen = new HashSet<>();
              while (rs.next()) {
                String id = rs.getString(1);
                if (seen.add(id)) {
                  (rs.getString(2).equals("dismissed") ? dismissed : saved).add(id);
                }
              }
            }
          }
          return new Library(saved, dismissed);
        });
  }

  long savedCount(String userId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT (SELECT COUNT(*) FROM library WHERE user_id = ? AND state = 'saved')"
                      + " + (SELECT COUNT(*) FROM votes WHERE user_id = ?)"
                      + " + (SELECT COUNT(*) FROM claims WHERE user_id = ?)")) {
            ps.setString(1, userId);
            ps.setString(2, userId);
            ps.setString(3, userId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  Optional<String> userIdByEmail(String email) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT id FROM users WHERE email = ?")) {
            ps.setString(1, email.strip().toLowerCase(java.util.Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** The current vectors of these papers (those without one are left out). */
  Map<String, float[]> vectors(Collection<String> ids) {
    return db.read(
        c -> {
          Map<String, float[]> out = new LinkedHashMap<>();
          List<String> all = new ArrayList<>(ids);
          for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps =
                c.prepareStatement(VECTORS + " AND e.paper_id IN (" + marks + ")")) {
              ps.setString(1, model);
              for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 2, chunk.get(i));
              }
              read(ps, out::put);
            }
          }
          return out;
        });
  }

  private static final String VECTORS =
      "SELECT e.paper_id, e.vector FROM embeddings e JOIN papers p ON p.id = e.paper_id"
          + " AND p.text_hash = e.text_hash WHERE e.model = ?";

  /** Every stored vector, in id order. */
  void eachVector(BiConsumer<String, float[]> each) {
    db.readStreaming(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(VECTORS + " ORDER BY e.paper_id")) {
            ps.setString(1, model);
            read(ps, each);
          }
          return null;
        });
  }

  private static void read(PreparedStatement ps, BiConsumer<String, float[]> each)
      throws SQLException {
    ps.setFetchSize(1000);
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        each.accept(rs.getString(1), org.paperboy.search.Vectors.fromBytes(rs.getBytes(2)));
      }
    }
  }

  /** Up to {@code limit} stored vectors, spread over the corpus by id. */
  List<float[]> sample(int limit) {
    long total = vectorCount();
    long step = Math.max(1, total / limit);
    List<float[]> out = new ArrayList<>();
    long[] i = {0};
    eachVector(
        (id, v) -> {
          if (i[0]++ % step == 0 && out.size() < limit) {
            out.add(v);
          }
        });
    return out;
  }

  long vectorCount() {
    return db.read(c -> count(c, "SELECT COUNT(*) FROM embeddings WHERE model = ?", model));
  }

  private static long count(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
