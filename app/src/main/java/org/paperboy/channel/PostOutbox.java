package org.paperboy.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.OutboxTable;
import org.paperboy.db.Sql;

/**
 * The channel outbox, the digest outbox's design: one row per channel and date, created before
 * anything is posted; claimed by one sender at a time; {@code sending} just before each request,
 * one more part counted after each 2xx, {@code sent} after the last. A post's bodies are stored
 * before its first request, so a run that resumes it sends the same parts, from the first one not
 * answered.
 */
final class PostOutbox {
  /** A post to send (or being sent). {@code bodies}: null until first composed. */
  record Row(
      String channelId,
      LocalDate date,
      Instant coversFrom,
      Instant coversUntil,
      int attempts,
      int partsSent,
      String bodies) {}

  record New(String channelId, LocalDate date, Instant coversFrom, Instant coversUntil) {}

  private final Database db;
  private final OutboxTable<Row> table;
  final String owner;

  PostOutbox(Database db) {
    this.db = db;
    this.table =
        new OutboxTable<>(
            db,
            "channel_posts",
            "channel_id",
            "post_date",
            List.of("parts_sent"),
            ", parts_sent, bodies",
            (k, rs) ->
                new Row(
                    k.id(),
                    k.date(),
                    k.coversFrom(),
                    k.coversUntil(),
                    k.attempts(),
                    rs.getInt(4),
                    rs.getString(5)));
    this.owner = table.owner();
  }

  int create(List<New> rows, Instant now) {
    return table.create(
        rows.stream()
            .map(r -> new OutboxTable.New(r.channelId(), r.date(), r.coversFrom(), r.coversUntil()))
            .toList(),
        now);
  }

  List<Row> claim(Instant now, int limit) {
    return table.claim(now, limit);
  }

  /** Before a part's request: still this sender's? Stores the bodies on the first part. */
  boolean sending(Row r, String bodies, int papers, Instant now) {
    return update(
            "UPDATE channel_posts SET status = 'sending', claimed_until = ?,"
                + " bodies = COALESCE(bodies, ?), paper_count = COALESCE(paper_count, ?)"
                + " WHERE channel_id = ? AND post_date = ? AND claimed_by = ?"
                + " AND status IN ('pending', 'sending')",
            now.plus(OutboxTable.LEASE).toString(),
            bodies,
            papers,
            r.channelId(),
            r.date().toString(),
            owner)
        == 1;
  }

  /** A part was answered 2xx. */
  void partSent(Row r, int part) {
    update(
        "UPDATE channel_posts SET parts_sent = ? WHERE channel_id = ? AND post_date = ?"
            + " AND claimed_by = ?",
        part + 1,
        r.channelId(),
        r.date().toString(),
        owner);
  }

  /** Every part went out: the channel's next post starts where this one ended. */
  void sent(Row r, Instant now) {
    finish(r, "sent", now, null);
  }

  /** Nothing to post (the channel is disabled, or gone). */
  void skipped(Row r, Instant now, String why) {
    finish(r, "skipped", now, why);
  }

  private void finish(Row r, String status, Instant now, String note) {
    db.inTransaction(
        c -> {
          int mine =
              Sql.update(
                  c,
                  "UPDATE channel_posts SET status = ?, sent_at = ?, last_error = ?,"
                      + " claimed_by = NULL, claimed_until = NULL"
                      + " WHERE channel_id = ? AND post_date = ? AND claimed_by = ?",
                  status,
                  now.toString(),
                  note,
                  r.channelId(),
                  r.date().toString(),
                  owner);
          if (mine == 1 && status.equals("sent")) {
            ChannelStore.delivered(c, r.channelId(), r.coversUntil());
          } else if (mine == 1) {
            Sql.update(
                c,
                "UPDATE channels SET covered_until = ? WHERE id = ?",
                r.coversUntil().toString(),
                r.channelId());
          }
          return mine;
        });
  }

  /** A temporary failure (5xx, a timeout, a long Retry-After): try again at {@code at}. */
  void retry(Row r, Instant now, String error, Duration wait) {
    int attempts = r.attempts() + 1;
    if (attempts >= OutboxTable.MAX_ATTEMPTS) {
      release(r, "failed", attempts, now, "gave up after " + attempts + " attempts: " + error);
      return;
    }
    Duration backoff = OutboxTable.backoff(attempts); // 1, 2 … 64 minutes
    release(r, "pending", attempts, now.plus(wait == null ? backoff : wait), error);
  }

  /** A refusal for good (404, 410, another 4xx): this post is given up. */
  void failed(Row r, Instant now, String error) {
    release(r, "failed", r.attempts() + 1, now, error);
  }

  private void release(Row r, String status, int attempts, Instant next, String error) {
    update(
        "UPDATE channel_posts SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?,"
            + " claimed_by = NULL, claimed_until = NULL"
            + " WHERE channel_id = ? AND post_date = ? AND claimed_by = ?",
        status,
        attempts,
        next.toString(),
        error,
        r.channelId(),
        r.date().toString(),
        owner);
  }

  private int update(String sql, Object... args) {
    return db.inTransaction(c -> Sql.update(c, sql, args));
  }

  /** Posts of a date by status, for reports. */
  Map<String, Long> counts(LocalDate date) {
    return table.counts(date);
  }
}
