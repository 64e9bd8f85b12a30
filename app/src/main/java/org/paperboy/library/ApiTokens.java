package org.paperboy.library;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paperboy.account.Tokens;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/**
 * Personal API tokens: {@code pb_} and 43 random URL-safe characters, shown once; only their
 * SHA-256 is stored, so a copy of the database authenticates nobody.
 */
final class ApiTokens {
  static final int MAX_PER_PERSON = 20;
  private static final String PREFIX = "pb_";

  private final Database db;

  ApiTokens(Database db) {
    this.db = db;
  }

  ApiToken.Created create(String userId, String name, Instant now) {
    String label = name == null || name.isBlank() ? "API token" : name.strip();
    if (label.length() > 100) {
      throw new IllegalArgumentException("a token's name is at most 100 characters");
    }
    String token = PREFIX + Tokens.random();
    String id = UUID.randomUUID().toString();
    db.inTransaction(
        c -> {
          long count = Sql.count(c, "SELECT COUNT(*) FROM api_tokens WHERE user_id = ?", userId);
          if (count >= MAX_PER_PERSON) {
            throw new IllegalArgumentException(
                "you have " + MAX_PER_PERSON + " tokens already: revoke one first");
          }
          return Sql.update(
              c,
              "INSERT INTO api_tokens (id, user_id, token_hash, name, created_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              id,
              userId,
              Tokens.hash(token),
              label,
              now.toString());
        });
    return new ApiToken.Created(new ApiToken(id, label, now, null), token);
  }

  List<ApiToken> list(String userId) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = ?"
                    + " ORDER BY created_at, id",
                rs ->
                    new ApiToken(
                        rs.getString(1),
                        rs.getString(2),
                        Instant.parse(rs.getString(3)),
                        rs.getString(4) == null ? null : Instant.parse(rs.getString(4))),
                userId));
  }

  boolean revoke(String userId, String tokenId) {
    return db.inTransaction(
            c ->
                Sql.update(
                    c, "DELETE FROM api_tokens WHERE id = ? AND user_id = ?", tokenId, userId))
        == 1;
  }

  /** The person a token belongs to; its last use is noted at most once an hour. */
  Optional<String> userFor(String token, Instant now) {
    if (token == null
        || token.length() != PREFIX.length() + 43
        || !token.startsWith(PREFIX)
        || !token.substring(PREFIX.length()).matches("[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    String hash = Tokens.hash(token);
    Optional<String> user =
        db.read(
            c ->
                Sql.one(
                    c,
                    "SELECT user_id FROM api_tokens WHERE token_hash = ?",
                    rs -> rs.getString(1),
                    hash));
    if (user.isPresent()) {
      db.inTransaction(
          c ->
              Sql.update(
                  c,
                  "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?"
                      + " AND (last_used_at IS NULL OR last_used_at < ?)",
                  now.toString(),
                  hash,
                  now.minus(Duration.ofHours(1)).toString()));
    }
    return user;
  }
}
