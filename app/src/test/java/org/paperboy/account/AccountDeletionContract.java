package org.paperboy.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.db.Sql;
import org.paperboy.library.Mark;
import org.paperboy.library.Origin;
import org.paperboy.testing.TestApp;

/**
 * Deleting a person leaves no row of theirs in any table, and every table that refers to a person
 * goes with them: a table added later cannot forget it.
 */
abstract class AccountDeletionContract {
  /** Columns that say whose a row is. */
  private static final Set<String> PERSON_COLUMNS = Set.of("user_id", "email", "subscriber_id");

  @TempDir Path dir;
  Paperboy app;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    app = TestApp.open(dir, databaseUrl(dir));
    TestApp.load(app, "web-corpus.jsonl", false);
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void deletingAPersonLeavesNoRowOfTheirsAndTakesBackTheirVotes() throws Exception {
    String gone = person("gone@deletion.test");
    String kept = person("kept@deletion.test");
    String paper = app.papers().findAll(List.of("r01")).keySet().iterator().next();
    assertThat(app.trending().votes(List.of(paper))).containsEntry(paper, 2);

    assertThat(app.accounts().delete("Gone@Deletion.test")).isTrue();

    Map<String, Long> left = rowsOf(gone, "gone@deletion.test");
    assertThat(left).as("rows of the deleted person, by table").isEmpty();
    assertThat(rowsOf(kept, "kept@deletion.test")).isNotEmpty();
    assertThat(app.trending().votes(List.of(paper))).containsEntry(paper, 1);
    assertThat(app.accounts().delete("gone@deletion.test")).isFalse();
  }

  @Test
  void everyTableThatRefersToAPersonIsDeletedWithThem() throws Exception {
    List<String> loose = new ArrayList<>();
    app.database()
        .read(
            c -> {
              for (String table : tables(c)) {
                Set<String> columns = columns(c, table);
                for (String column : List.of("user_id", "subscriber_id")) {
                  if (columns.contains(column) && !cascades(c, table, column)) {
                    loose.add(table + "." + column);
                  }
                }
              }
              return null;
            });
    assertThat(loose).as("person columns without ON DELETE CASCADE").isEmpty();
  }

  /** Someone with a row in every feature that keeps people's data. */
  private String person(String email) throws Exception {
    String id = app.accounts().findOrCreate(email).id();
    app.accounts().requestLink(email, "https://paperboy.test/signin/confirm");
    app.database()
        .inTransaction(
            c ->
                Sql.update(
                    c,
                    "INSERT INTO sessions (id_hash, user_id, created_at, expires_at)"
                        + " VALUES (?, ?, '2026-01-01T00:00:00Z', '2099-01-01T00:00:00Z')",
                    "h-" + email,
                    id));
    app.trending().toggleVote(id, "r01");
    app.library().mark(id, "r02", Mark.SAVED, Origin.PAGE);
    app.library().mark(id, "r03", Mark.DISMISSED, Origin.PAGE);
    app.library().createToken(id, "feed");
    app.library()
        .startImport(id, "@misc{a, title={Anything at all}}".getBytes(StandardCharsets.UTF_8));
    app.subscriptions().subscribe(email, "https://paperboy.test");
    return id;
  }

  /** Rows that name this person (by id or address, or through their subscription), by table. */
  private Map<String, Long> rowsOf(String userId, String email) {
    return app.database()
        .read(
            c -> {
              Map<String, Long> found = new TreeMap<>();
              List<String> subscribers =
                  Sql.list(
                      c,
                      "SELECT id FROM subscribers WHERE email = ?",
                      rs -> rs.getString(1),
                      email);
              for (String table : tables(c)) {
                Set<String> columns = columns(c, table);
                long n = 0;
                if (columns.contains("user_id")) {
                  n += Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE user_id = ?", userId);
                }
                if (columns.contains("email")) {
                  n += Sql.count(c, "SELECT COUNT(*) FROM " + table + " WHERE email = ?", email);
                }
                if (table.equals("users")) {
                  n += Sql.count(c, "SELECT COUNT(*) FROM users WHERE id = ?", userId);
                }
                for (String s : subscribers) {
                  if (columns.contains("subscriber_id")) {
                    n +=
                        Sql.count(
                            c, "SELECT COUNT(*) FROM " + table + " WHERE subscriber_id = ?", s);
                  }
                }
                if (n > 0) {
                  found.put(table, n);
                }
              }
              return found;
            });
  }

  private static Set<String> tables(Connection c) throws SQLException {
    Set<String> tables = new TreeSet<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if ((schema == null || schema.equals("public"))
            && !name.startsWith("flyway")
            && !name.startsWith("sqlite_")) {
          tables.add(name);
        }
      }
    }
    return tables;
  }

  private static Set<String> columns(Connection c, String table) throws SQLException {
    Set<String> columns = new TreeSet<>();
    try (ResultSet rs = c.getMetaData().getColumns(null, null, table, "%")) {
      while (rs.next()) {
        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
        if (PERSON_COLUMNS.contains(column)) {
          columns.add(column);
        }
      }
    }
    return columns;
  }

  private static boolean cascades(Connection c, String table, String column) throws SQLException {
    try (ResultSet rs = c.getMetaData().getImportedKeys(null, null, table)) {
      while (rs.next()) {
        if (rs.getString("FKCOLUMN_NAME").equalsIgnoreCase(column)
            && rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade) {
          return true;
        }
      }
    }
    return false;
  }
}
