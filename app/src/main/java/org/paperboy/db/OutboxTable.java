package org.paperboy.db;

import java.io.IOException;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What an outbox (the digests', the channels' posts) has in common: one row per recipient and date,
 * created before anything is sent, then claimed by one sender at a time for a {@link #LEASE} (on
 * PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so that two senders never take the same row and
 * share the work). A claim whose lease ran out, or whose process on this host is gone, is taken
 * over: a crash mid-send is resumed by the next sender. Each feature keeps its table, its row type
 * and what "sending" and "sent" mean for it; the table's name and key columns are the feature's
 * constants, never user input.
 *
 * @param <R> the feature's row, read back from a claimed row's columns
 */
public final class OutboxTable<R> {
  /** Tries before a row is given up. */
  public static final int MAX_ATTEMPTS = 8;

  /** How long a claim holds a row, renewed before each send. */
  public static final Duration LEASE = Duration.ofMinutes(5);

  /** What every outbox row has: its key, the span it covers and how often it was tried. */
  public record Claimed(
      String id, LocalDate date, Instant coversFrom, Instant coversUntil, int attempts) {}

  /**
   * Makes the feature's row of a claimed one: {@code more} holds the feature's own columns (those
   * named at construction) from its fourth column on.
   */
  public interface Reader<R> {
    R read(Claimed row, ResultSet more) throws SQLException;
  }

  /** A row to create: the recipient's id, the date, and the span it covers. */
  public record New(String id, LocalDate date, Instant coversFrom, Instant coversUntil) {}

  private final Database db;
  private final String table;
  private final String id;
  private final String date;
  private final List<String> zeroed;
  private final String columns;
  private final Reader<R> reader;
  private final String owner = newOwner();

  /**
   * @param table the outbox table, keyed by ({@code id}, {@code date}) columns
   * @param zeroed further columns a new row starts at 0
   * @param more the feature's own columns a claimed row is read with, each after a comma
   */
  public OutboxTable(
      Database db,
      String table,
      String id,
      String date,
      List<String> zeroed,
      String more,
      Reader<R> reader) {
    this.db = db;
    this.table = table;
    this.id = id;
    this.date = date;
    this.zeroed = List.copyOf(zeroed);
    this.columns = "covers_from, covers_until, attempts" + more;
    this.reader = reader;
  }

  /** Who claims rows: host, process and a random part, so that a dead process can be recognised. */
  public String owner() {
    return owner;
  }

  private static String newOwner() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    return host
        + "/"
        + ProcessHandle.current().pid()
        + "/"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The wait before the next try after {@code attempts} failures: 1, 2, 4 … 64 minutes. */
  public static Duration backoff(int attempts) {
    return Duration.ofMinutes(1L << Math.min(attempts - 1, 6));
  }

  /** Creates the rows that do not exist yet, {@code pending} and due now; returns how many. */
  public int create(List<New> rows, Instant now) {
    String more = zeroed.stream().map(z -> ", " + z).reduce("", String::concat);
    String zeros = ", 0".repeat(zeroed.size());
    String sql =
        "INSERT INTO %s (%s, %s, status, covers_from, covers_until, attempts, next_attempt_at%s,"
                .formatted(table, id, date, more)
            + " created_at) VALUES (?, ?, 'pending', ?, ?, 0, ?%s, ?)".formatted(zeros)
            + " ON CONFLICT (%s, %s) DO NOTHING".formatted(id, date);
    return db.inTransaction(
        c -> {
          int created = 0;
          for (New r : rows) {
            String at = now.toString();
            created +=
                Sql.update(
                    c,
                    sql,
                    r.id(),
                    r.date().toString(),
                    r.coversFrom().toString(),
                    r.coversUntil().toString(),
                    at,
                    at);
          }
          return created;
        });
  }

  /**
   * Claims up to {@code limit} rows that are due and nobody holds, in order of their next attempt.
   * SQLite refuses at once to turn a reading transaction into a writing one while another
   * connection writes (waiting could deadlock): then the whole claim is tried again.
   */
  public List<R> claim(Instant now, int limit) {
    for (int attempt = 1; ; attempt++) {
      try {
        return db.inTransaction(c -> new Claim(c, now).take(limit));
      } catch (DatabaseException e) {
        if (attempt == 100 || !Database.isBusy(e)) {
          throw e;
        }
        try {
          Thread.sleep(10L * Math.min(attempt, 10));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /** One claiming transaction. */
  private final class Claim {
    private final Connection c;
    private final Instant now;

    Claim(Connection c, Instant now) {
      this.c = c;
      this.now = now;
    }

    List<R> take(int limit) throws SQLException {
      String lock = db.kind() == Database.Kind.POSTGRES ? " FOR UPDATE SKIP LOCKED" : "";
      List<String[]> candidates =
          Sql.list(
              c,
              "SELECT %s, %s, claimed_by, claimed_until FROM %s".formatted(id, date, table)
                  + " WHERE status IN ('pending', 'sending') AND next_attempt_at <= ?"
                  + " ORDER BY next_attempt_at, %s LIMIT ?".formatted(id)
                  + lock,
              rs ->
                  new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
              now.toString(),
              limit * 4);
      List<R> claimed = new ArrayList<>();
      for (String[] k : candidates) {
        if (claimed.size() == limit) {
          break;
        }
        if (k[2] != null && !claimable(k[2], k[3])) {
          continue;
        }
        int won =
            Sql.update(
                c,
                "UPDATE %s SET claimed_by = ?, claimed_until = ? WHERE %s = ? AND %s = ?"
                        .formatted(table, id, date)
                    + " AND status IN ('pending', 'sending')"
                    + " AND (claimed_by IS NULL OR claimed_by = ?)",
                owner,
                now.plus(LEASE).toString(),
                k[0],
                k[1],
                k[2] == null ? owner : k[2]);
        if (won == 1) {
          claimed.add(read(k[0], LocalDate.parse(k[1])));
        }
      }
      return claimed;
    }

    private R read(String key, LocalDate day) throws SQLException {
      return Sql.one(
              c,
              "SELECT %s FROM %s WHERE %s = ? AND %s = ?".formatted(columns, table, id, date),
              rs ->
                  reader.read(
                      new Claimed(
                          key,
                          day,
                          Instant.parse(rs.getString(1)),
                          Instant.parse(rs.getString(2)),
                          rs.getInt(3)),
                      rs),
              key,
              day.toString())
          .orElseThrow();
    }

    /** A claim may be taken over when its lease ran out or its process on this host is gone. */
    private boolean claimable(String claimedBy, String claimedUntil) {
      if (claimedUntil == null || Instant.parse(claimedUntil).isBefore(now)) {
        return true;
      }
      String[] parts = claimedBy.split("/");
      if (parts.length == 3 && parts[0].equals(owner.split("/")[0])) {
        try {
          return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
          return false;
        }
      }
      return false;
    }
  }

  /** The rows of a date by status, for reports. */
  public Map<String, Long> counts(LocalDate day) {
    return db.read(
        c -> {
          Map<String, Long> out = new TreeMap<>();
          for (String[] row :
              Sql.list(
                  c,
                  "SELECT status, COUNT(*) FROM %s WHERE %s = ? GROUP BY status"
                      .formatted(table, date),
                  rs -> new String[] {rs.getString(1), rs.getString(2)},
                  day.toString())) {
            out.put(row[0], Long.parseLong(row[1]));
          }
          return out;
        });
  }
}
