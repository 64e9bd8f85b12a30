package org.paperboy.lab;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paperboy.account.Accounts;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Reading lists and the papers on them, in the database. */
final class ListStore {
  /** A paper on a list, before its record is loaded. */
  record Row(String paperId, String note, String addedBy, Instant added, Instant discussed) {}

  private final Database db;
  private final Accounts accounts; // who added a paper, by address

  ListStore(Database db, Accounts accounts) {
    this.db = db;
    this.accounts = accounts;
  }

  /** Creates the list; false when the lab has one with that name already. */
  boolean create(ReadingList list, Instant now) {
    return db.inTransaction(
        c -> {
          if (Sql.count(
                  c,
                  "SELECT COUNT(*) FROM lab_lists WHERE lab_id = ? AND slug = ?",
                  list.labId(),
                  list.slug())
              > 0) {
            return false;
          }
          if (Sql.count(c, "SELECT COUNT(*) FROM lab_lists WHERE lab_id = ?", list.labId())
              >= Labs.MAX_LISTS) {
            throw LabException.invalid("A lab has at most " + Labs.MAX_LISTS + " lists.");
          }
          Sql.update(
              c,
              "INSERT INTO lab_lists (id, lab_id, slug, name, created_at) VALUES (?, ?, ?, ?, ?)",
              list.id(),
              list.labId(),
              list.slug(),
              list.name(),
              now.toString());
          return true;
        });
  }

  List<ReadingList> of(String labId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT l.id, l.lab_id, l.slug, l.name,"
                    + " (SELECT COUNT(*) FROM lab_list_papers p WHERE p.list_id = l.id)"
                    + " FROM lab_lists l WHERE l.lab_id = ? ORDER BY l.created_at, l.slug",
                rs ->
                    new ReadingList(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)),
                labId));
  }

  Optional<ReadingList> find(String labId, String slug) {
    return of(labId).stream().filter(l -> l.slug().equals(slug)).findFirst();
  }

  /** Adds the paper (or changes its note when it is there); false when the list is full. */
  boolean add(String listId, String paperId, String userId, String note, Instant now) {
    return db.inTransaction(
        c -> {
          int changed =
              Sql.update(
                  c,
                  "UPDATE lab_list_papers SET note = COALESCE(?, note)"
                      + " WHERE list_id = ? AND paper_id = ?",
                  note,
                  listId,
                  paperId);
          if (changed == 1) {
            return true;
          }
          if (Sql.count(c, "SELECT COUNT(*) FROM lab_list_papers WHERE list_id = ?", listId)
              >= Labs.MAX_LIST_PAPERS) {
            return false;
          }
          Sql.update(
              c,
              "INSERT INTO lab_list_papers (list_id, paper_id, added_by, note, added_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              listId,
              paperId,
              userId,
              note,
              now.toString());
          return true;
        });
  }

  boolean remove(String listId, String paperId) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "DELETE FROM lab_list_papers WHERE list_id = ? AND paper_id = ?",
                    listId,
                    paperId))
        == 1;
  }

  boolean discussed(String listId, String paperId, Instant when) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE lab_list_papers SET discussed_at = ? WHERE list_id = ? AND paper_id = ?",
                    when == null ? null : when.toString(),
                    listId,
                    paperId))
        == 1;
  }

  /** The list's papers, newest first. */
  List<Row> papers(String listId) {
    return byAddress(
        db.read(
            c ->
                Sql.list(
                    c,
                    "SELECT p.paper_id, p.note, p.added_by, p.added_at, p.discussed_at"
                        + " FROM lab_list_papers p"
                        + " WHERE p.list_id = ? ORDER BY p.added_at DESC, p.paper_id",
                    ListStore::row,
                    listId)));
  }

  /** Papers put on any of the lab's lists after {@code after}, newest first. */
  List<Row> addedSince(String labId, Instant after) {
    return byAddress(
        db.read(
            c ->
                Sql.list(
                    c,
                    "SELECT p.paper_id, p.note, p.added_by, p.added_at, p.discussed_at"
                        + " FROM lab_list_papers p JOIN lab_lists l ON l.id = p.list_id"
                        + " WHERE l.lab_id = ? AND p.added_at > ? ORDER BY p.added_at DESC",
                    ListStore::row,
                    labId,
                    after.toString())));
  }

  /** The rows with who added them by address in place of user id (null once they are gone). */
  private List<Row> byAddress(List<Row> rows) {
    Map<String, String> emails =
        accounts.emailsOf(
            rows.stream().map(Row::addedBy).filter(Objects::nonNull).distinct().toList());
    return rows.stream()
        .map(
            r ->
                new Row(
                    r.paperId(),
                    r.note(),
                    r.addedBy() == null ? null : emails.get(r.addedBy()),
                    r.added(),
                    r.discussed()))
        .toList();
  }

  /** The names of the lists of the person's labs that hold the paper, as "Lab: List". */
  List<String[]> holding(String userId, String paperId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT b.slug, b.name, l.slug, l.name FROM lab_list_papers p"
                    + " JOIN lab_lists l ON l.id = p.list_id JOIN labs b ON b.id = l.lab_id"
                    + " JOIN lab_members m ON m.lab_id = b.id"
                    + " WHERE m.user_id = ? AND p.paper_id = ? ORDER BY b.name, l.name",
                rs ->
                    new String[] {
                      rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                    },
                userId,
                paperId));
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    String discussed = rs.getString(5);
    return new Row(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Instant.parse(rs.getString(4)),
        discussed == null ? null : Instant.parse(discussed));
  }
}
