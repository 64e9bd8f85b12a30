package org.paperboy.channel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Channels in the database. */
final class ChannelStore {
  private static final String COLUMNS =
      "SELECT id, lab_id, kind, url, secret, frequency, weekday, send_hour, time_zone, content,"
          + " paper_count, failing_since, disabled_reason, owner_told, covered_until FROM channels";

  private final Database db;

  ChannelStore(Database db) {
    this.db = db;
  }

  void insert(Channel c, Instant now) {
    Channel.Plan p = c.plan();
    db.inTransaction(
        x -> {
          if (Sql.count(x, "SELECT COUNT(*) FROM channels WHERE lab_id = ?", c.labId())
              >= Channels.MAX_PER_LAB) {
            throw ChannelException.invalid(
                "A lab has at most " + Channels.MAX_PER_LAB + " channels.");
          }
          return Sql.update(
              x,
              "INSERT INTO channels (id, lab_id, kind, url, secret, frequency, weekday, send_hour,"
                  + " time_zone, content, paper_count, status, owner_told, created_at)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', 0, ?)",
              c.id(),
              c.labId(),
              c.kind().key(),
              c.url(),
              c.secret(),
              p.weekly() ? "weekly" : "daily",
              p.weekday().getValue(),
              p.hour(),
              p.zone().getId(),
              String.join(
                  ",", p.content().stream().map(k -> k.name().toLowerCase(Locale.ROOT)).toList()),
              p.papers(),
              now.toString());
        });
  }

  List<Channel> of(String labId) {
    return db.read(
        c ->
            Sql.list(
                c,
                COLUMNS + " WHERE lab_id = ? ORDER BY created_at, id",
                ChannelStore::row,
                labId));
  }

  List<Channel> all() {
    return db.read(
        c -> Sql.list(c, COLUMNS + " ORDER BY lab_id, created_at, id", ChannelStore::row));
  }

  List<Channel> active() {
    return db.read(
        c -> Sql.list(c, COLUMNS + " WHERE status = 'active' ORDER BY id", ChannelStore::row));
  }

  Optional<Channel> find(String id) {
    return db.read(c -> Sql.one(c, COLUMNS + " WHERE id = ?", ChannelStore::row, id));
  }

  boolean delete(String labId, String id) {
    return db.inTransaction(
            c -> Sql.update(c, "DELETE FROM channels WHERE lab_id = ? AND id = ?", labId, id))
        == 1;
  }

  /** A post went out: the next starts where it ended, and a run of refusals is over. */
  static void delivered(Connection c, String id, Instant coveredUntil) throws SQLException {
    Sql.update(
        c,
        "UPDATE channels SET covered_until = ?, failing_since = NULL WHERE id = ?",
        coveredUntil.toString(),
        id);
  }

  /**
   * The receiver refused for good (404, 410, Slack's invalid_token …): starts or continues the run
   * of refusals; returns when the run began.
   */
  static Instant refused(Connection c, String id, Instant now) throws SQLException {
    Sql.update(
        c,
        "UPDATE channels SET failing_since = ? WHERE id = ? AND failing_since IS NULL",
        now.toString(),
        id);
    return Sql.one(
            c,
            "SELECT failing_since FROM channels WHERE id = ?",
            rs -> Instant.parse(rs.getString(1)),
            id)
        .orElse(now);
  }

  static void disable(Connection c, String id, String reason) throws SQLException {
    Sql.update(
        c, "UPDATE channels SET status = 'disabled', disabled_reason = ? WHERE id = ?", reason, id);
  }

  /** Marks the owners told; true only for the first caller (they are mailed once). */
  boolean tellOwnersOnce(String id) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c, "UPDATE channels SET owner_told = 1 WHERE id = ? AND owner_told = 0", id))
        == 1;
  }

  private static Channel row(ResultSet rs) throws SQLException {
    Set<Channel.Content> content = EnumSet.noneOf(Channel.Content.class);
    for (String s : rs.getString(10).split(",")) {
      if (!s.isBlank()) {
        content.add(Channel.Content.valueOf(s.strip().toUpperCase(Locale.ROOT)));
      }
    }
    return new Channel(
        rs.getString(1),
        rs.getString(2),
        Kind.parse(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        new Channel.Plan(
            "weekly".equals(rs.getString(6)),
            DayOfWeek.of(rs.getInt(7)),
            rs.getInt(8),
            ZoneId.of(rs.getString(9)),
            content,
            rs.getInt(11)),
        new Channel.State(
            instant(rs.getString(12)),
            rs.getString(13),
            rs.getInt(14) == 1,
            instant(rs.getString(15))));
  }

  private static Instant instant(String s) {
    return s == null ? null : Instant.parse(s);
  }
}
