package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.Databases;

class PostgresEmbedOrderTest extends EmbedOrderContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.freshPostgres();
  }

  @Test
  void withMostPapersEmbeddedTheWaitingQueriesReadThePartialIndex() {
    for (int year = 0; year < 5; year++) {
      backlog("y" + year + "-", 1000, TODAY.minusYears(year));
    }
    db.read(
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate(
                "UPDATE papers SET vector_hash = text_hash WHERE published < '2026-11-01'");
            s.execute("ANALYZE papers");
          }
          return null;
        });
    for (String sql :
        List.of(
            "SELECT id, title, abstract, text_hash FROM papers WHERE vector_hash IS NULL"
                + " AND published >= '' ORDER BY published DESC, id DESC"
                + " LIMIT 64",
            "SELECT COUNT(*) FROM papers WHERE vector_hash IS NULL")) {
      List<String> plan = new ArrayList<>();
      db.read(
          c -> {
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
              while (rs.next()) {
                plan.add(rs.getString(1));
              }
            }
            return null;
          });
      assertThat(plan).anyMatch(step -> step.contains("papers_embed_waiting"));
    }
  }
}
