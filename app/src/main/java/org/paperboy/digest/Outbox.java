package org.paperboy.digest;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.subscription.Subscriptions;

/**
 * The digest outbox: one row per subscriber and digest date, created before anything is sent. A
 * sender claims rows for a while (on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so that two
 * senders never take the same row), marks a row {@code sending} just before handing the message to
 * SMTP and {@code sent} once the server has accepted it.
 */
final class Outbox {
  static final int MAX_ATTEMPTS = 8;
  static final Duration LEASE = Duration.ofMinutes(5);

  /** A digest to send (or being sent). */
  record Row(
      String subscriberId, LocalDate date, Instant coversFrom, Instant coversUntil, int attempts) {}

  /** A row to create. */
  record New(String subscriberId, LocalDate date, Instant coversFrom, Instant coversUntil) {}

  private final Database db;
  private final Subscriptions subscriptions;
  private final OutboxClaims claims;

  /** Who claims rows: host, process and a random part, so that a dead process can be recognised. */
  final String owner;

  Outbox(Database db, Subscriptions subscriptions) {
    this.db = db;
    this.subscriptions = subscriptions;
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "localhost";
    }
    this.owner =
        host
            + "/"
            + ProcessHandle.current().pid()
            + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    this.claims = new OutboxClaims(db, owner);
  }

  /** Creates the rows that do not exist yet; returns how many were new. */
  int create(List<New> rows, Instant now) {
    return db.inTransaction(
        c -> {
          int created = 0;
          for (New r : rows) {
            created +=
                Sql.update(
                    c,
                    "INSERT INTO digests (subscriber_id, digest_date, status, covers_from,"
                        + " covers_until, attempts, next_attempt_at, created_at)"
                        + " VALUES (?, ?, 'pending', ?, ?, 0, ?, ?)"
                        + " ON CONFLICT (subscriber_id, digest_date) DO NOTHING",
                    r.subscriberId(),
                    r.date().toString(),
                    r.coversFrom().toString(),
                    r.coversUntil().toString(),
                    now.toString(),
                    now.toString());
          }
          return created;
        });
  }

  /** Claims up to {@code limit} rows that are due and nobody holds (see {@link OutboxClaims}). */
  List<Row> claim(Instant now, int limit) {
    return claims.claim(now, limit);
  }

  /**
   * Just before the SMTP transaction: checks that the row is still this sender's and renews the
   * claim. False when another sender has taken it over (the claim ran out): then it is theirs to
   * send. From here a crash may leave the message sent or not.
   */
  boolean sending(Row r, String messageId, Instant now) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c,
                    "UPDATE digests SET status = 'sending', message_id = ?, claimed_until = ?"
                        + " WHERE subscriber_id = ? AND digest_date = ? AND claimed_by = ?"
                        + " AND status IN ('pending', 'sending')",
                    messageId,
                    now.plus(LEASE).toString(),
                    r.subscriberId(),
                    r.date().toString(),
                    owner))
        == 1;
  }

  /** The server accepted the message; the subscriber's next digest starts where this one ended. */
  void sent(Row r, Instant now, int papers) {
    finish(r, "sent", now, papers, null);
  }

  /** Nothing to send (nothing new, and the subscriber would rather skip such days). */
  void skipped(Row r, Instant now) {
    finish(r, "skipped", now, 0, null);
  }

  private void finish(Row r, String status, Instant now, int papers, String error) {
    db.inTransaction(
        c -> {
          int mine =
              Sql.update(
                  c,
                  "UPDATE digests SET status = ?, sent_at = ?, paper_count = ?, last_error = ?,"
                      + " claimed_by = NULL, claimed_until = NULL"
                      + " WHERE subscriber_id = ? AND digest_date = ? AND claimed_by = ?",
                  status,
                  now.toString(),
                  papers,
                  error,
                  r.subscriberId(),
                  r.date().toString(),
                  owner);
          if (mine == 0) {
            return 0; // another sender holds the row now: its outcome is theirs to record
          }
          subscriptions.covered(c, r.subscriberId(), r.coversUntil());
          return 1;
        });
  }

  /** A temporary failure: try again later, backing off; after too many tries, give up. */
  void retry(Row r, Instant now, String error) {
    int attempts = r.attempts() + 1;
    if (attempts >= MAX_ATTEMPTS) {
      // given up, but not held against the address: the trouble was the server's, not its
      db.inTransaction(
          c ->
              Sql.update(
                  c,
                  "UPDATE digests SET status = 'failed', attempts = ?, last_error = ?,"
                      + " claimed_by = NULL, claimed_until = NULL"
                      + " WHERE subscriber_id = ? AND digest_date = ?",
                  attempts,
                  "gave up after " + attempts + " attempts: " + error,
                  r.subscriberId(),
                  r.date().toString()));
      return;
    }
    Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 6)); // 1, 2, 4 ... 64 minutes
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "UPDATE digests SET status = 'pending', attempts = ?, next_attempt_at = ?,"
                    + " last_error = ?, claimed_by = NULL, claimed_until = NULL"
                    + " WHERE subscriber_id = ? AND digest_date = ?",
                attempts,
                now.plus(wait).toString(),
                error,
                r.subscriberId(),
                r.date().toString()));
  }

  /**
   * A permanent failure (the server refused the address): recorded here, and counted against the
   * address by the subscription feature (which pauses it after a few in a row).
   */
  void failed(Row r, Instant now, String error) {
    db.inTransaction(
        c -> {
          Sql.update(
              c,
              "UPDATE digests SET status = 'failed', attempts = attempts + 1, last_error = ?,"
                  + " claimed_by = NULL, claimed_until = NULL"
                  + " WHERE subscriber_id = ? AND digest_date = ?",
              error,
              r.subscriberId(),
              r.date().toString());
          subscriptions.deliveryRefused(c, r.subscriberId());
          return null;
        });
  }

  /** Digest rows by status, for reports. */
  java.util.Map<String, Long> counts(LocalDate date) {
    return db.read(
        c -> {
          java.util.Map<String, Long> out = new java.util.TreeMap<>();
          for (String[] row :
              Sql.list(
                  c,
                  "SELECT status, COUNT(*) FROM digests WHERE digest_date = ? GROUP BY status",
                  rs -> new String[] {rs.getString(1), rs.getString(2)},
                  date.toString())) {
            out.put(row[0].toLowerCase(Locale.ROOT), Long.parseLong(row[1]));
          }
          return out;
        });
  }
}
