package org.paperboy.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.paperboy.db.Database;
import org.paperboy.db.OutboxTable;
import org.paperboy.db.Sql;
import org.paperboy.subscription.Subscriptions;

/**
 * The digest outbox: one row per subscriber and digest date, created before anything is sent. A
 * sender claims rows for a while (on PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so that two
 * senders never take the same row), marks a row {@code sending} just before handing the message to
 * SMTP and {@code sent} once the server has accepted it.
 */
final class Outbox {
  /** A digest to send (or being sent). */
  record Row(
      String subscriberId, LocalDate date, Instant coversFrom, Instant coversUntil, int attempts) {}

  /** A row to create. */
  record New(String subscriberId, LocalDate date, Instant coversFrom, Instant coversUntil) {}

  private final Database db;
  private final Subscriptions subscriptions;
  private final OutboxTable<Row> table;

  /** Who claims rows (see {@link OutboxTable#owner}). */
  final String owner;

  Outbox(Database db, Subscriptions subscriptions) {
    this.db = db;
    this.subscriptions = subscriptions;
    this.table =
        new OutboxTable<>(
            db,
            "digests",
            "subscriber_id",
            "digest_date",
            List.of(),
            "",
            (k, rs) -> new Row(k.id(), k.date(), k.coversFrom(), k.coversUntil(), k.attempts()));
    this.owner = table.owner();
  }

  /** Creates the rows that do not exist yet; returns how many were new. */
  int create(List<New> rows, Instant now) {
    return table.create(
        rows.stream()
            .map(
                r ->
                    new OutboxTable.New(
                        r.subscriberId(), r.date(), r.coversFrom(), r.coversUntil()))
            .toList(),
        now);
  }

  /** Claims up to {@code limit} rows that are due and nobody holds (see {@link OutboxTable}). */
  List<Row> claim(Instant now, int limit) {
    return table.claim(now, limit);
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
                    now.plus(OutboxTable.LEASE).toString(),
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
    if (attempts >= OutboxTable.MAX_ATTEMPTS) {
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
    Duration wait = OutboxTable.backoff(attempts); // 1, 2, 4 ... 64 minutes
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
    return table.counts(date);
  }
}
