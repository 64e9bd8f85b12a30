package org.paperboy.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.paperboy.account.Tokens;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * Invitation links: a random token mailed to one address, stored only as its SHA-256, good once and
 * for {@link #LIFETIME}. Joining checks all of that and adds the member in one transaction.
 */
final class Invitations {
  static final Duration LIFETIME = Duration.ofDays(7);

  /** Invitations a lab may send a day: enough for a lab, too few to spam with. */
  static final int PER_DAY = 50;

  private record Row(String labId, String email, Instant expires, Instant used) {}

  private final Database db;
  private final LabStore labs;

  Invitations(Database db, LabStore labs) {
    this.db = db;
    this.labs = labs;
  }

  /** A new link's token for the address; refused when the lab sent too many today. */
  String create(String labId, String email, Instant now) {
    String token = Tokens.random();
    db.inTransaction(
        c -> {
          long today =
              Sql.count(
                  c,
                  "SELECT COUNT(*) FROM lab_invitations WHERE lab_id = ? AND created_at > ?",
                  labId,
                  now.minus(Duration.ofDays(1)).toString());
          if (today >= PER_DAY) {
            throw LabException.invalid(
                "This lab sent " + PER_DAY + " invitations today: try again tomorrow.");
          }
          Sql.update(
              c,
              "DELETE FROM lab_invitations WHERE expires_at < ?",
              now.minus(LIFETIME).toString());
          return Sql.update(
              c,
              "INSERT INTO lab_invitations (token_hash, lab_id, email, created_at, expires_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              Tokens.hash(token),
              labId,
              email,
              now.toString(),
              now.plus(LIFETIME).toString());
        });
    return token;
  }

  /** What the link would do for this address (null: nobody signed in yet), without using it. */
  Joining check(String token, String email, Instant now) {
    Optional<Row> row = find(token);
    if (row.isEmpty()) {
      return new Joining.Unknown();
    }
    return verdict(row.get(), email, now);
  }

  /** Joins the signed-in person when the link is good for them; uses the link up. */
  Joining redeem(String token, String userId, String email, Instant now) {
    if (token == null || token.length() > 64) {
      return new Joining.Unknown();
    }
    return db.inTransaction(
        c -> {
          Optional<Row> row =
              Sql.one(
                  c,
                  "SELECT lab_id, email, expires_at, used_at FROM lab_invitations"
                      + " WHERE token_hash = ?",
                  Invitations::row,
                  Tokens.hash(token));
          if (row.isEmpty()) {
            return new Joining.Unknown();
          }
          Joining j = verdict(row.get(), email, now);
          if (!(j instanceof Joining.Valid v)) {
            return j;
          }
          int used =
              Sql.update(
                  c,
                  "UPDATE lab_invitations SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                  now.toString(),
                  Tokens.hash(token));
          if (used != 1) {
            return new Joining.Used(v.lab());
          }
          LabStore.join(c, v.lab().id(), userId, Member.Role.MEMBER, now);
          return new Joining.Joined(v.lab());
        });
  }

  private Joining verdict(Row r, String email, Instant now) {
    Optional<Lab> lab = labs.byId(r.labId());
    if (lab.isEmpty()) {
      return new Joining.Unknown();
    }
    if (r.used() != null) {
      return new Joining.Used(lab.get());
    }
    if (!now.isBefore(r.expires())) {
      return new Joining.Expired(lab.get());
    }
    if (email != null && !email.equalsIgnoreCase(r.email())) {
      return new Joining.OtherAddress(lab.get(), r.email());
    }
    return new Joining.Valid(lab.get(), r.email());
  }

  private Optional<Row> find(String token) {
    if (token == null || token.length() > 64) {
      return Optional.empty();
    }
    return db.read(
        c ->
            Sql.one(
                c,
                "SELECT lab_id, email, expires_at, used_at FROM lab_invitations"
                    + " WHERE token_hash = ?",
                Invitations::row,
                Tokens.hash(token)));
  }

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    String used = rs.getString(4);
    return new Row(
        rs.getString(1),
        rs.getString(2),
        Instant.parse(rs.getString(3)),
        used == null ? null : Instant.parse(used));
  }
}
