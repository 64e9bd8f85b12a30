package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.Databases;

class SqliteEmbedOrderTest extends EmbedOrderContract {
  @Override
  String databaseUrl(Path dir) {
    return Databases.sqlite(dir);
  }

  @Test
  void theWaitingQueriesReadThePartialIndexAndSortNothing() {
    backlog("p", 20, TODAY);
    for (String sql :
        List.of(
            "SELECT id, title, abstract, text_hash FROM papers WHERE vector_hash IS NULL"
                + " AND published >= '2020-01-01'"
                + " ORDER BY published DESC, id DESC LIMIT 64",
            "SELECT COUNT(*) FROM papers WHERE vector_hash IS NULL")) {
      List<String> plan = new ArrayList<>();
      db.read(
          c -> {
            try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
              while (rs.next()) {
                plan.add(rs.getString("detail"));
              }
            }
            return null;
          });
      assertThat(plan).anyMatch(step -> step.contains("papers_embed_waiting"));
      assertThat(plan).noneMatch(step -> step.contains("TEMP B-TREE"));
    }
  }
}
