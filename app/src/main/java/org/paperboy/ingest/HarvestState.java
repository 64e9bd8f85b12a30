package org.paperboy.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a harvest stands, one row per endpoint, metadata prefix and set. Saved in the same
 * transaction as the records of each page, so that a harvest killed at any point resumes at the
 * first page it had not stored.
 *
 * @param token the resumption token of the next page; null when no harvest is in progress
 * @param startedOn the repository's date when the harvest in progress began
 * @param harvestedThrough where the next incremental harvest starts
 */
record HarvestState(
    String key,
    LocalDate from,
    LocalDate until,
    String token,
    LocalDate startedOn,
    LocalDate harvestedThrough,
    long recordsSoFar) {

  boolean inProgress() {
    return token != null;
  }

  static HarvestState load(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT from_date, until_date, resumption_token, started_response_date,"
                + " harvested_through, records_so_far FROM harvest_state WHERE harvest_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new HarvestState(
            key,
            date(rs.getString(1)),
            date(rs.getString(2)),
            rs.getString(3),
            date(rs.getString(4)),
            date(rs.getString(5)),
            rs.getLong(6));
      }
    }
  }

  void save(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO harvest_state (harvest_key, from_date, until_date, resumption_token,"
                + " started_response_date, harvested_through, records_so_far, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (harvest_key) DO UPDATE SET from_date = excluded.from_date,"
                + " until_date = excluded.until_date, resumption_token = excluded.resumption_token,"
                + " started_response_date = excluded.started_response_date,"
                + " harvested_through = excluded.harvested_through,"
                + " records_so_far = excluded.records_so_far, updated_at = excluded.updated_at")) {
      ps.setString(1, key);
      ps.setString(2, text(from));
      ps.setString(3, text(until));
      ps.setString(4, token);
      ps.setString(5, text(startedOn));
      ps.setString(6, text(harvestedThrough));
      ps.setLong(7, recordsSoFar);
      ps.setString(8, now.toString());
      ps.executeUpdate();
    }
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
