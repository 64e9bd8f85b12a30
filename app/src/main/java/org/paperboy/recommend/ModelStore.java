package org.paperboy.recommend;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.paperboy.db.Database;

/** Stored models, the fitted space, and which papers each person was already sent. */
final class ModelStore {
  private final Database db;
  private final String model;

  ModelStore(Database db, String model) {
    this.db = db;
    this.model = model;
  }

  record StoredSpace(long papers, Space space) {}

  Optional<StoredSpace> space() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT papers, space FROM recommend_spaces WHERE model = ?")) {
            ps.setString(1, model);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new StoredSpace(rs.getLong(1), Space.fromBytes(rs.getBytes(2))))
                  : Optional.<StoredSpace>empty();
            }
          }
        });
  }

  void saveSpace(long papers, Space space, Instant now) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO recommend_spaces (model, papers, space, fitted_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (model) DO UPDATE SET papers = excluded.papers,"
                      + " space = excluded.space, fitted_at = excluded.fitted_at")) {
            ps.setString(1, model);
            ps.setLong(2, papers);
            ps.setBytes(3, space.toBytes());
            ps.setString(4, now.toString());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** The stored model of a person when it was trained on this fingerprint. */
  Optional<Model> model(String userId, long fingerprint) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT model FROM recommend_models WHERE user_id = ? AND fingerprint = ?")) {
            ps.setString(1, userId);
            ps.setLong(2, fingerprint);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(Model.fromBytes(rs.getBytes(1)))
                  : Optional.<Model>empty();
            }
          }
        });
  }

  void saveModel(String userId, long fingerprint, Model m, Instant now) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO recommend_models (user_id, fingerprint, model, trained_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                      + " fingerprint = excluded.fingerprint, model = excluded.model,"
                      + " trained_at = excluded.trained_at")) {
            ps.setString(1, userId);
            ps.setLong(2, fingerprint);
            ps.setBytes(3, m.toBytes());
            ps.setString(4, now.toString());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Papers sent to the person in a digest of another day than this one. */
  Set<String> sentBefore(String userId, LocalDate day) {
    return db.read(
        c -> {
          Set<String> out = new HashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id FROM recommend_sent WHERE user_id = ? AND digest_day <> ?")) {
            ps.setString(1, userId);
            ps.setString(2, day == null ? "" : day.toString());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
          }
          return out;
        });
  }

  /** The digest days on which any of these papers went to the person. */
  Map<String, LocalDate> sentDays(String userId, Collection<String> paperIds) {
    return db.read(
        c -> {
          Map<String, LocalDate> out = new HashMap<>();
          String marks = String.join(",", Collections.nCopies(paperIds.size(), "?"));
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT paper_id, digest_day FROM recommend_sent WHERE user_id = ?"
                      + " AND paper_id IN ("
                      + marks
                      + ")")) {
            ps.setString(1, userId);
            int i = 2;
            for (String id : paperIds) {
              ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getString(1), LocalDate.parse(rs.getString(2)));
              }
            }
          }
          return out;
        });
  }

  /** Records many readers' picks as sent, in one transaction (the first day stays on a retry). */
  void markSent(List<DigestPicks.Sent> sent, Instant now) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(INSERT_SENT)) {
            for (DigestPicks.Sent s : sent) {
              for (String id : s.paperIds()) {
                ps.setString(1, s.userId());
                ps.setString(2, id);
                ps.setString(3, s.day().toString());
                ps.setString(4, now.toString());
                ps.addBatch();
              }
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private static final String INSERT_SENT =
      "INSERT INTO recommend_sent (user_id, paper_id, digest_day, sent_at)"
          + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id, paper_id) DO NOTHING";

  /** Records papers as sent in the digest of this day (again on a retry: the first day stays). */
  void markSent(String userId, java.util.Collection<String> paperIds, LocalDate day, Instant now) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO recommend_sent (user_id, paper_id, digest_day, sent_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (user_id, paper_id) DO NOTHING")) {
            for (String id : paperIds) {
              ps.setString(1, userId);
              ps.setString(2, id);
              ps.setString(3, day.toString());
              ps.setString(4, now.toString());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }
}
