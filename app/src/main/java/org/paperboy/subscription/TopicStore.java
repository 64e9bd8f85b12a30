package org.paperboy.subscription;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** The subscribers' topics (saved searches) in the database, in the order they were added. */
final class TopicStore {
  private final Database db;

  TopicStore(Database db) {
    this.db = db;
  }

  void add(String subscriberId, String name, String query) {
    db.inTransaction(
        c -> {
          long n =
              Sql.count(c, "SELECT COUNT(*) FROM topics WHERE subscriber_id = ?", subscriberId);
          if (n >= Topic.MAX_PER_SUBSCRIBER) {
            throw new IllegalArgumentException(
                "at most " + Topic.MAX_PER_SUBSCRIBER + " topics; remove one first");
          }
          return Sql.update(
              c,
              "INSERT INTO topics (id, subscriber_id, name, query, position) VALUES (?, ?, ?, ?, ?)",
              UUID.randomUUID().toString(),
              subscriberId,
              name,
              query,
              (int) n);
        });
  }

  void remove(String subscriberId, String topicId) {
    db.inTransaction(
        c ->
            Sql.update(
                c, "DELETE FROM topics WHERE id = ? AND subscriber_id = ?", topicId, subscriberId));
  }

  /** One subscriber's topics. */
  static List<Topic> of(Connection c, String subscriberId) throws SQLException {
    return Sql.list(
        c,
        "SELECT id, name, query FROM topics WHERE subscriber_id = ? ORDER BY position, id",
        rs -> new Topic(rs.getString(1), rs.getString(2), rs.getString(3)),
        subscriberId);
  }

  /** The topics of every active subscriber, by subscriber id. */
  static Map<String, List<Topic>> ofActive(Connection c) throws SQLException {
    Map<String, List<Topic>> topics = new HashMap<>();
    for (String[] t :
        Sql.list(
            c,
            "SELECT t.subscriber_id, t.id, t.name, t.query FROM topics t"
                + " JOIN subscribers s ON s.id = t.subscriber_id WHERE s.status = 'active'"
                + " ORDER BY t.position, t.id",
            rs ->
                new String[] {
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                })) {
      topics.computeIfAbsent(t[0], k -> new ArrayList<>()).add(new Topic(t[1], t[2], t[3]));
    }
    return topics;
  }
}
