package org.paperboy.paper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keeps {@code paper_authors} in step with {@code papers}: written in the same transaction as the
 * paper rows, so an author page reads an index and never scans the papers.
 */
final class AuthorRows {
  private AuthorRows() {}

  /** Writes the rows of these papers, replacing any they had. */
  static void replace(Connection c, Collection<Paper> papers, boolean hadRows) throws SQLException {
    if (papers.isEmpty()) {
      return;
    }
    if (hadRows) {
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM paper_authors WHERE paper_id = ?")) {
        for (Paper p : papers) {
          delete.setString(1, p.id());
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO paper_authors (paper_id, name_key, published, variant_key)"
                + " VALUES (?, ?, ?, ?)")) {
      int rows = 0;
      for (Paper p : papers) {
        for (String key : keys(p)) {
          insert.setString(1, p.id());
          insert.setString(2, key);
          insert.setString(3, p.published() == null ? "" : p.published().toString());
          insert.setString(4, AuthorNames.variant(key));
          insert.addBatch();
          rows++;
        }
      }
      if (rows > 0) {
        insert.executeBatch();
      }
    }
  }

  /** The distinct indexable keys of a paper's authors, in order. */
  static Set<String> keys(Paper p) {
    Set<String> keys = new LinkedHashSet<>();
    for (String a : p.authors()) {
      String key = AuthorNames.key(a);
      if (AuthorNames.indexable(key)) {
        keys.add(key);
      }
    }
    return keys;
  }
}
