package org.paperboy.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.mail.EmailAddress;
import org.paperboy.mail.MailException;
import org.paperboy.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passwordless sign-in: an address asks for a link, the link (good once, for 20 minutes) opens a
 * session stored server-side. The package's one public entry.
 */
public final class Accounts {
  private static final Logger log = LoggerFactory.getLogger(Accounts.class);

  /** How long a mailed sign-in link works (once); pages and mail say it from here. */
  public static final Duration LINK_LIFETIME = Duration.ofMinutes(20);

  static final Duration SESSION_LIFETIME = Duration.ofDays(30);

  /** Links one address may ask for within {@link #LINK_LIFETIME}; more are dropped silently. */
  public static final int LINKS_PER_ADDRESS = 3;

  private final Database db;
  private final Mailer mailer;
  private final Clock clock;

  private final List<PersonalData> erasers;

  /**
   * @param erasers every feature's part of {@link #delete}: what it keeps of a person beyond rows
   *     that go with the user row
   */
  public Accounts(Core core, List<PersonalData> erasers) {
    this.db = core.database();
    this.mailer = core.mailer();
    this.clock = core.clock();
    this.erasers = List.copyOf(erasers);
  }

  /**
   * Mails a sign-in link to the address. Known and unknown addresses get the same answer, and an
   * address that asked too often lately gets it too, without another mail.
   *
   * @param confirmUrl the page the link opens, to which {@code token=...} is appended
   */
  public SignInOutcome requestLink(String rawEmail, String confirmUrl) {
    Optional<String> email = EmailAddress.normalise(rawEmail);
    if (email.isEmpty()) {
      return new SignInOutcome.InvalidAddress(EmailAddress.problem(rawEmail));
    }
    String address = email.get();
    Instant now = clock.instant();
    String token = Tokens.random();
    boolean allowed =
        db.inTransaction(
            c -> {
              long recent =
                  Sql.count(
                      c,
                      "SELECT COUNT(*) FROM sign_in_links WHERE email = ? AND created_at > ?",
                      address,
                      now.minus(LINK_LIFETIME).toString());
              if (recent >= LINKS_PER_ADDRESS) {
                return false;
              }
              Sql.update(
                  c,
                  "INSERT INTO sign_in_links (token_hash, email, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?)",
                  Tokens.hash(token),
                  address,
                  now.toString(),
                  now.plus(LINK_LIFETIME).toString());
              return true;
            });
    if (!allowed) {
      log.info("Sign-in link for {} not sent: {} asked for lately", address, LINKS_PER_ADDRESS);
      return new SignInOutcome.Held(address);
    }
    String link =
        confirmUrl
            + (confirmUrl.contains("?") ? "&" : "?")
            + "token="
            + URLEncoder.encode(token, StandardCharsets.UTF_8);
    try {
      mailer.send(SignInMail.compose(address, link, LINK_LIFETIME));
    } catch (MailException e) {
      log.warn("Sign-in mail to {} failed: {}", address, e.getMessage());
      db.inTransaction(
          c -> Sql.update(c, "DELETE FROM sign_in_links WHERE token_hash = ?", Tokens.hash(token)));
      return new SignInOutcome.MailFailed(
          "The sign-in mail could not be sent just now. Please try again in a few minutes.");
    }
    if (mailer.writesToOutbox()) {
      log.info("Sign-in link for {}: {}", address, link);
    }
    return new SignInOutcome.Sent(address);
  }

  /** The address a link signs in, while the link is unused and unexpired. */
  public Optional<String> linkAddress(String token) {
    if (!Tokens.wellFormed(token)) {
      return Optional.empty();
    }
    return db.read(
        c ->
            Sql.one(
                c,
                "SELECT email FROM sign_in_links"
                    + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                rs -> rs.getString(1),
                Tokens.hash(token),
                clock.instant().toString()));
  }

  /** Uses up the link and opens a session, creating the person on their first sign-in. */
  public Optional<SignedIn> redeem(String token) {
    if (!Tokens.wellFormed(token)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return db.inTransaction(
        c -> {
          int claimed =
              Sql.update(
                  c,
                  "UPDATE sign_in_links SET used_at = ?"
                      + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                  now.toString(),
                  Tokens.hash(token),
                  now.toString());
          if (claimed != 1) {
            return Optional.empty();
          }
          String email =
              Sql.one(
                      c,
                      "SELECT email FROM sign_in_links WHERE token_hash = ?",
                      rs -> rs.getString(1),
                      Tokens.hash(token))
                  .orElseThrow();
          User user = findOrCreate(c, email, now);
          String session = Tokens.random();
          Instant expires = now.plus(SESSION_LIFETIME);
          Sql.update(
              c,
              "INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
              Tokens.hash(session),
              user.id(),
              now.toString(),
              expires.toString());
          Sql.update(c, "DELETE FROM sessions WHERE expires_at < ?", now.toString());
          return Optional.of(new SignedIn(user, session, expires, SESSION_LIFETIME));
        });
  }

  /**
   * The person with this address, created as a first sign-in would create them (a digest reader's
   * feedback lands in the same library they later sign in to).
   */
  public User findOrCreate(String rawEmail) {
    String email =
        EmailAddress.normalise(rawEmail)
            .orElseThrow(() -> new IllegalArgumentException("not an email address: " + rawEmail));
    return db.inTransaction(c -> findOrCreate(c, email, clock.instant()));
  }

  private static User findOrCreate(java.sql.Connection c, String email, Instant now)
      throws java.sql.SQLException {
    Optional<User> known =
        Sql.one(
            c,
            "SELECT id, email FROM users WHERE email = ?",
            rs -> new User(rs.getString(1), rs.getString(2)),
            email);
    if (known.isPresent()) {
      return known.get();
    }
    User user = new User(UUID.randomUUID().toString(), email);
    Sql.update(
        c,
        "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
        user.id(),
        email,
        now.toString());
    return user;
  }

  /** The person a session cookie belongs to, while the session lasts. */
  public Optional<User> user(String sessionToken) {
    if (!Tokens.wellFormed(sessionToken)) {
      return Optional.empty();
    }
    return db.read(
        c ->
            Sql.one(
                c,
                "SELECT u.id, u.email FROM sessions s JOIN users u ON u.id = s.user_id"
                    + " WHERE s.id_hash = ? AND s.expires_at > ?",
                rs -> new User(rs.getString(1), rs.getString(2)),
                Tokens.hash(sessionToken),
                clock.instant().toString()));
  }

  /** The ids of the accounts of these addresses (as stored: normalised), by address. */
  public Map<String, String> idsByEmail(Collection<String> emails) {
    return pairs("SELECT email, id FROM users WHERE email IN (%s)", emails);
  }

  /** The addresses of these accounts, by id (those that no longer exist left out). */
  public Map<String, String> emailsOf(Collection<String> userIds) {
    return pairs("SELECT id, email FROM users WHERE id IN (%s)", userIds);
  }

  private Map<String, String> pairs(String sql, Collection<String> keys) {
    Map<String, String> out = new HashMap<>();
    db.read(c -> Sql.listIn(c, sql, rs -> new String[] {rs.getString(1), rs.getString(2)}, keys))
        .forEach(row -> out.put(row[0], row[1]));
    return out;
  }

  /** How many accounts there are. */
  public long count() {
    return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM users"));
  }

  /**
   * Deletes the person with this address and everything of theirs, in one transaction: every
   * feature's part first, then their sign-in links and the user row, with all that refers to it.
   *
   * @return false when the address had no account and nothing else
   */
  public boolean delete(String rawEmail) {
    String email =
        EmailAddress.normalise(rawEmail)
            .orElseThrow(() -> new IllegalArgumentException("not an email address: " + rawEmail));
    boolean deleted =
        db.inTransaction(
            c -> {
              String userId =
                  Sql.one(c, "SELECT id FROM users WHERE email = ?", rs -> rs.getString(1), email)
                      .orElse(null);
              int rows = 0;
              for (PersonalData part : erasers) {
                rows += part.erase(c, userId, email);
              }
              rows += Sql.update(c, "DELETE FROM sign_in_links WHERE email = ?", email);
              if (userId != null) {
                rows += Sql.update(c, "DELETE FROM users WHERE id = ?", userId);
              }
              return rows > 0;
            });
    if (deleted) {
      log.info("An account was deleted with all its data");
    }
    return deleted;
  }

  public void signOut(String sessionToken) {
    if (Tokens.wellFormed(sessionToken)) {
      db.inTransaction(
          c -> Sql.update(c, "DELETE FROM sessions WHERE id_hash = ?", Tokens.hash(sessionToken)));
    }
  }
}
