package org.paperboy.lab;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperboy.account.Accounts;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Labs and their members in the database. */
final class LabStore {
  private static final String LAB = "SELECT id, slug, name, description, created_at FROM labs";

  private final Database db;
  private final Accounts accounts; // the members' addresses

  LabStore(Database db, Accounts accounts) {
    this.db = db;
    this.accounts = accounts;
  }

  /** Creates the lab with its first owner; false when the name or slug is taken. */
  boolean create(Lab lab, String ownerId) {
    return db.inTransaction(
        c -> {
          if (Sql.count(
                  c,
                  "SELECT COUNT(*) FROM labs WHERE slug = ? OR lower(name) = lower(?)",
                  lab.slug(),
                  lab.name())
              > 0) {
            return false;
          }
          Sql.update(
              c,
              "INSERT INTO labs (id, slug, name, description, created_at) VALUES (?, ?, ?, ?, ?)",
              lab.id(),
              lab.slug(),
              lab.name(),
              lab.description(),
              lab.createdAt().toString());
          join(c, lab.id(), ownerId, Member.Role.OWNER, lab.createdAt());
          return true;
        });
  }

  static void join(Connection c, String labId, String userId, Member.Role role, Instant now)
      throws SQLException {
    if (Sql.count(
            c, "SELECT COUNT(*) FROM lab_members WHERE lab_id = ? AND user_id = ?", labId, userId)
        == 0) {
      Sql.update(
          c,
          "INSERT INTO lab_members (lab_id, user_id, role, show_saves, joined_at)"
              + " VALUES (?, ?, ?, 1, ?)",
          labId,
          userId,
          role.key(),
          now.toString());
    } else if (role == Member.Role.OWNER) {
      Sql.update(
          c,
          "UPDATE lab_members SET role = 'owner' WHERE lab_id = ? AND user_id = ?",
          labId,
          userId);
    }
  }

  void join(String labId, String userId, Member.Role role, Instant now) {
    db.inTransaction(
        c -> {
          join(c, labId, userId, role, now);
          return null;
        });
  }

  Optional<Lab> bySlug(String slug) {
    return db.read(c -> Sql.one(c, LAB + " WHERE slug = ?", LabStore::lab, slug));
  }

  Optional<Lab> byName(String name) {
    return db.read(
        c ->
            Sql.one(
                c, LAB + " WHERE lower(name) = lower(?) OR slug = ?", LabStore::lab, name, name));
  }

  Optional<Lab> byId(String id) {
    return db.read(c -> Sql.one(c, LAB + " WHERE id = ?", LabStore::lab, id));
  }

  List<Lab> all() {
    return db.read(c -> Sql.list(c, LAB + " ORDER BY lower(name)", LabStore::lab));
  }

  List<Lab> of(String userId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT l.id, l.slug, l.name, l.description, l.created_at FROM labs l"
                    + " JOIN lab_members m ON m.lab_id = l.id WHERE m.user_id = ?"
                    + " ORDER BY lower(l.name)",
                LabStore::lab,
                userId));
  }

  /** The lab's members, owners first, then by the day they joined and their address. */
  List<Member> members(String labId) {
    record Row(String userId, String role, boolean showSaves, String joined) {}
    List<Row> rows =
        db.read(
            c ->
                Sql.list(
                    c,
                    "SELECT user_id, role, show_saves, joined_at FROM lab_members WHERE lab_id = ?",
                    rs ->
                        new Row(
                            rs.getString(1), rs.getString(2), rs.getInt(3) == 1, rs.getString(4)),
                    labId));
    Map<String, String> emails = accounts.emailsOf(rows.stream().map(Row::userId).toList());
    return rows.stream()
        .filter(r -> emails.containsKey(r.userId()))
        .sorted(
            Comparator.comparing(Row::role)
                .reversed()
                .thenComparing(Row::joined)
                .thenComparing(r -> emails.get(r.userId())))
        .map(
            r ->
                new Member(
                    r.userId(),
                    emails.get(r.userId()),
                    Member.Role.parse(r.role()),
                    r.showSaves(),
                    Instant.parse(r.joined())))
        .toList();
  }

  Optional<Member> member(String labId, String userId) {
    return members(labId).stream().filter(m -> m.userId().equals(userId)).findFirst();
  }

  /**
   * Takes a person out of a lab. An owner leaving last hands the lab to the longest-standing
   * member; the last member leaving deletes it with its lists and channels.
   */
  void remove(String labId, String userId) {
    db.inTransaction(
        c -> {
          Sql.update(c, "DELETE FROM lab_members WHERE lab_id = ? AND user_id = ?", labId, userId);
          repair(c, labId);
          return null;
        });
  }

  void showSaves(String labId, String userId, boolean show) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE lab_members SET show_saves = ? WHERE lab_id = ? AND user_id = ?",
                show ? 1 : 0,
                labId,
                userId));
  }

  /**
   * Labs whose last owner went (their account was deleted, which deletes their memberships in the
   * database): the longest-standing member becomes owner; a lab with nobody left is deleted.
   */
  int tidy() {
    return db.inTransaction(
        c -> {
          List<String> orphaned =
              Sql.list(
                  c,
                  "SELECT id FROM labs WHERE id NOT IN"
                      + " (SELECT lab_id FROM lab_members WHERE role = 'owner')",
                  rs -> rs.getString(1));
          for (String id : orphaned) {
            repair(c, id);
          }
          return orphaned.size();
        });
  }

  private static void repair(Connection c, String labId) throws SQLException {
    if (Sql.count(c, "SELECT COUNT(*) FROM lab_members WHERE lab_id = ?", labId) == 0) {
      Sql.update(c, "DELETE FROM labs WHERE id = ?", labId);
      return;
    }
    if (Sql.count(c, "SELECT COUNT(*) FROM lab_members WHERE lab_id = ? AND role = 'owner'", labId)
        == 0) {
      Optional<String> eldest =
          Sql.one(
              c,
              "SELECT user_id FROM lab_members WHERE lab_id = ? ORDER BY joined_at, user_id"
                  + " LIMIT 1",
              rs -> rs.getString(1),
              labId);
      Sql.update(
          c,
          "UPDATE lab_members SET role = 'owner' WHERE lab_id = ? AND user_id = ?",
          labId,
          eldest.orElseThrow());
    }
  }

  static Lab lab(ResultSet rs) throws SQLException {
    return new Lab(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Instant.parse(rs.getString(5)));
  }
}
