package org.paperboy.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.paperboy.db.Sql;

/**
 * Where a harvest of bioRxiv, medRxiv or OpenReview stands, saved with each page's records in one
 * transaction: a harvest killed anywhere continues at the first page it had not stored.
 *
 * @param cursor where the harvest in progress continues; null when none is in progress
 * @param harvestedThrough where the next harvest without a start date begins
 */
record SourceHarvestState(
    String key, LocalDate from, LocalDate until, Long cursor, LocalDate harvestedThrough) {

  boolean inProgress() {
    return cursor != null;
  }

  SourceHarvestState at(long next) {
    return new SourceHarvestState(key, from, until, next, harvestedThrough);
  }

  SourceHarvestState done() {
    return new SourceHarvestState(key, from, until, null, until);
  }

  static SourceHarvestState load(Connection c, String key) throws SQLException {
    return Sql.one(
            c,
            "SELECT from_date, until_date, next_cursor, harvested_through FROM source_harvests"
                + " WHERE harvest_key = ?",
            rs -> {
              long cursor = rs.getLong(3);
              Long next = rs.wasNull() ? null : cursor;
              return new SourceHarvestState(
                  key, date(rs.getString(1)), date(rs.getString(2)), next, date(rs.getString(4)));
            },
            key)
        .orElse(null);
  }

  void save(Connection c, Instant now) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO source_harvests (harvest_key, from_date, until_date, next_cursor,"
            + " harvested_through, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (harvest_key) DO UPDATE SET from_date = excluded.from_date,"
            + " until_date = excluded.until_date, next_cursor = excluded.next_cursor,"
            + " harvested_through = excluded.harvested_through, updated_at = excluded.updated_at",
        key,
        text(from),
        text(until),
        cursor,
        text(harvestedThrough),
        now.toString());
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
