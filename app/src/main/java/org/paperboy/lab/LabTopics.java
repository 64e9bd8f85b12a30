package org.paperboy.lab;

import java.util.List;
import java.util.UUID;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** A lab's topics in the database. */
final class LabTopics {
  static final int MAX = 20;

  private final Database db;

  LabTopics(Database db) {
    this.db = db;
  }

  List<LabTopic> of(String labId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT id, name, query FROM lab_topics WHERE lab_id = ? ORDER BY position, id",
                rs -> new LabTopic(rs.getString(1), rs.getString(2), rs.getString(3)),
                labId));
  }

  void add(String labId, String name, String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty() || q.length() > 500) {
      throw LabException.invalid("A topic is a search of 1 to 500 characters.");
    }
    String label = name == null || name.isBlank() ? q : name.strip();
    String shown = label.length() > 200 ? label.substring(0, 200) : label;
    db.inTransaction(
        c -> {
          long n = Sql.count(c, "SELECT COUNT(*) FROM lab_topics WHERE lab_id = ?", labId);
          if (n >= MAX) {
            throw LabException.invalid("A lab has at most " + MAX + " topics.");
          }
          return Sql.update(
              c,
              "INSERT INTO lab_topics (id, lab_id, name, query, position) VALUES (?, ?, ?, ?, ?)",
              UUID.randomUUID().toString(),
              labId,
              shown,
              q,
              n);
        });
  }

  boolean remove(String labId, String topicId) {
    return db.inTransaction(
            c ->
                Sql.update(c, "DELETE FROM lab_topics WHERE lab_id = ? AND id = ?", labId, topicId))
        == 1;
  }
}
