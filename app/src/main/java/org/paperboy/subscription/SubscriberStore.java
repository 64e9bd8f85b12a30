package org.paperboy.subscription;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Subscribers and their topics in the database. */
final class SubscriberStore {
  private static final String COLUMNS =
      "id, email, status, frequency, weekday, send_hour, time_zone, paper_count,"
          + " include_trending, when_empty, created_at, covered_until, failures";

  private final Database db;

  SubscriberStore(Database db) {
    this.db = db;
  }

  /** The subscriber of the address, created pending when there is none. */
  Subscriber findOrCreatePending(String email, Instant now) {
    return db.inTransaction(
        c -> {
          Optional<Subscriber> known = byEmail(c, email);
          if (known.isPresent()) {
            return known.get();
          }
          Settings s = Settings.DEFAULT;
          String id = UUID.randomUUID().toString();
          Sql.update(
              c,
              "INSERT INTO subscribers ("
                  + COLUMNS
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              concat(
                  new Object[] {id, email, "pending"},
                  settingsColumns(s),
                  new Object[] {now.toString(), null, 0}));
          return byId(c, id).orElseThrow();
        });
  }

  Optional<Subscriber> find(String id) {
    return db.read(c -> byId(c, id));
  }

  Optional<Subscriber> findByEmail(String email) {
    return db.read(c -> byEmail(c, email));
  }

  private Optional<Subscriber> byId(Connection c, String id) throws SQLException {
    return withTopics(
        c,
        Sql.one(
            c, "SELECT " + COLUMNS + " FROM subscribers WHERE id = ?", SubscriberStore::row, id));
  }

  private Optional<Subscriber> byEmail(Connection c, String email) throws SQLException {
    return withTopics(
        c,
        Sql.one(
            c,
            "SELECT " + COLUMNS + " FROM subscribers WHERE email = ?",
            SubscriberStore::row,
            email));
  }

  private static Optional<Subscriber> withTopics(Connection c, Optional<Subscriber> s)
      throws SQLException {
    return s.isEmpty() ? s : Optional.of(s.get().withTopics(TopicStore.of(c, s.get().id())));
  }

  /** Every confirmed subscriber who is not paused, with topics: what the sender works through. */
  List<Subscriber> active() {
    return db.read(
        c -> {
          Map<String, List<Topic>> topics = TopicStore.ofActive(c);
          return Sql.list(
                  c,
                  "SELECT " + COLUMNS + " FROM subscribers WHERE status = 'active' ORDER BY id",
                  SubscriberStore::row)
              .stream()
              .map(s -> s.withTopics(topics.getOrDefault(s.id(), List.of())))
              .toList();
        });
  }

  boolean activate(String id, Instant now) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE subscribers SET status = 'active', confirmed_at = ?"
                        + " WHERE id = ? AND status = 'pending'",
                    now.toString(),
                    id))
        == 1;
  }

  /** Papers first seen up to {@code until} have been in a digest; delivery works again. */
  static void covered(Connection c, String id, Instant until) throws SQLException {
    Sql.update(
        c,
        "UPDATE subscribers SET covered_until = ?, failures = 0 WHERE id = ?"
            + " AND (covered_until IS NULL OR covered_until < ?)",
        until.toString(),
        id,
        until.toString());
  }

  /** One more permanent delivery failure in a row; the address is paused at {@code pauseAt}. */
  static void deliveryRefused(Connection c, String id, int pauseAt) throws SQLException {
    Sql.update(c, "UPDATE subscribers SET failures = failures + 1 WHERE id = ?", id);
    Sql.update(
        c,
        "UPDATE subscribers SET status = 'paused' WHERE id = ? AND status = 'active'"
            + " AND failures >= ?",
        id,
        pauseAt);
  }

  void setStatus(String id, Subscriber.Status status) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE subscribers SET status = ?, failures = 0 WHERE id = ? AND status <> 'pending'",
                status.name().toLowerCase(Locale.ROOT),
                id));
  }

  void update(String id, Settings s) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE subscribers SET frequency = ?, weekday = ?, send_hour = ?, time_zone = ?,"
                    + " paper_count = ?, include_trending = ?, when_empty = ? WHERE id = ?",
                concat(settingsColumns(s), new Object[] {id})));
  }

  /**
   * The settings as their columns hold them, in table order: frequency, weekday, send_hour,
   * time_zone, paper_count, include_trending, when_empty.
   */
  private static Object[] settingsColumns(Settings s) {
    return new Object[] {
      s.frequency().name().toLowerCase(Locale.ROOT),
      s.weekday().getValue(),
      s.hour(),
      s.zone().getId(),
      s.paperCount(),
      s.includeTrending() ? 1 : 0,
      s.noticeWhenEmpty() ? "notice" : "skip"
    };
  }

  private static Object[] concat(Object[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
  }

  /** Removes the address and everything kept about it. */
  void delete(String id) {
    db.inTransaction(
        c -> {
          // topics and digest records go with the row (ON DELETE CASCADE)
          return Sql.update(c, "DELETE FROM subscribers WHERE id = ?", id);
        });
  }

  /** Records a mail to the address unless one went out within {@code gap}; false when it did. */
  boolean claimMail(String id, Instant now, java.time.Duration gap) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE subscribers SET last_mailed_at = ?"
                        + " WHERE id = ? AND (last_mailed_at IS NULL OR last_mailed_at < ?)",
                    now.toString(),
                    id,
                    now.minus(gap).toString()))
        == 1;
  }

  /** Gives back a claim whose mail could not be sent, so that the next request sends one. */
  void releaseMail(String id, Instant claimedAt) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE subscribers SET last_mailed_at = NULL WHERE id = ? AND last_mailed_at = ?",
                id,
                claimedAt.toString()));
  }

  int deletePendingBefore(Instant before) {
    return db.inTransaction(
        c ->
            Sql.update(
                c,
                "DELETE FROM subscribers WHERE status = 'pending' AND created_at < ?",
                before.toString()));
  }

  private static Subscriber row(ResultSet rs) throws SQLException {
    Settings settings =
        new Settings(
            Settings.Frequency.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
            DayOfWeek.of(rs.getInt(5)),
            rs.getInt(6),
            ZoneId.of(rs.getString(7)),
            rs.getInt(8),
            rs.getInt(9) == 1,
            "notice".equals(rs.getString(10)));
    String covered = rs.getString(12);
    return new Subscriber(
        rs.getString(1),
        rs.getString(2),
        Subscriber.Status.valueOf(rs.getString(3).toUpperCase(Locale.ROOT)),
        settings,
        List.of(),
        Instant.parse(rs.getString(11)),
        covered == null ? null : Instant.parse(covered),
        rs.getInt(13));
  }
}
