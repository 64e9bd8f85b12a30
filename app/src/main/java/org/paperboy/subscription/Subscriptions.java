package org.paperboy.subscription;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.mail.EmailAddress;
import org.paperboy.mail.MailException;
import org.paperboy.mail.MailMessage;
import org.paperboy.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribing with double opt-in, settings, topics, pausing and leaving. Links in mail carry tokens
 * signed with the server secret. The package's one public entry.
 */
public final class Subscriptions {
  private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

  /** How long a confirmation link works; unconfirmed requests are deleted after it. */
  public static final Duration CONFIRM_WITHIN = Duration.ofDays(7);

  static final Duration SETTINGS_LINK = Duration.ofDays(60);
  static final Duration MAIL_GAP = Duration.ofMinutes(10);

  private final SubscriberStore store;
  private final TopicStore topics;
  private final Mailer mailer;
  private final Signer signer;
  private final Clock clock;

  /** Links are signed with the config's secret. */
  public Subscriptions(Core core) {
    Database db = core.database();
    Mailer mailer = core.mailer();
    Clock clock = core.clock();
    Signer signer = new Signer(core.config().secretBytes());
    this.store = new SubscriberStore(db);
    this.topics = new TopicStore(db);
    this.mailer = mailer;
    this.signer = signer;
    this.clock = clock;
  }

  public Signer signer() {
    return signer;
  }

  /**
   * Starts a subscription: a new or unconfirmed address gets a confirmation link, a subscribed one
   * a link to its settings. Nothing else is ever sent before the confirmation.
   */
  public SubscribeOutcome subscribe(String rawEmail, String baseUrl) {
    Optional<String> email = EmailAddress.normalise(rawEmail);
    if (email.isEmpty()) {
      return new SubscribeOutcome.InvalidAddress(EmailAddress.problem(rawEmail));
    }
    Instant now = clock.instant();
    Subscriber s = store.findOrCreatePending(email.get(), now);
    if (!store.claimMail(s.id(), now, MAIL_GAP)) {
      log.info("Subscription mail to {} not sent: one went out in the last 10 minutes", s.email());
      return new SubscribeOutcome.AlreadyMailed(s.email());
    }
    String link =
        s.status() == Subscriber.Status.PENDING
            ? baseUrl
                + "/subscribe/confirm?token="
                + signer.sign(Signer.Purpose.CONFIRM, s.id(), now.plus(CONFIRM_WITHIN))
            : settingsUrl(s, baseUrl);
    MailMessage mail =
        s.status() == Subscriber.Status.PENDING
            ? SubscriptionMails.confirm(s.email(), link)
            : SubscriptionMails.alreadySubscribed(s.email(), link);
    try {
      mailer.send(mail);
    } catch (MailException e) {
      log.warn("Subscription mail to {} failed: {}", s.email(), e.getMessage());
      store.releaseMail(s.id(), now); // nothing went out: a retry must send
      return new SubscribeOutcome.MailFailed(
          "The confirmation mail could not be sent just now. Please try again in a few minutes.");
    }
    if (mailer.writesToOutbox()) {
      log.info("Subscription link for {}: {}", s.email(), link);
    }
    return new SubscribeOutcome.MailSent(s.email());
  }

  /** Confirms the subscription a link was made for; empty when the link is bad or expired. */
  public Optional<Subscriber> confirm(String token) {
    Optional<Signer.Claim> claim = signer.verify(token, Signer.Purpose.CONFIRM, clock.instant());
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    store.activate(claim.get().subscriberId(), clock.instant());
    return store.find(claim.get().subscriberId());
  }

  /** The subscriber a confirmation link names, while it is valid (for the page that asks). */
  public Optional<Subscriber> peekConfirm(String token) {
    return signer
        .verify(token, Signer.Purpose.CONFIRM, clock.instant())
        .flatMap(c -> store.find(c.subscriberId()));
  }

  public Optional<Subscriber> bySettingsToken(String token) {
    return signer
        .verify(token, Signer.Purpose.SETTINGS, clock.instant())
        .flatMap(c -> store.find(c.subscriberId()))
        .filter(s -> s.status() != Subscriber.Status.PENDING);
  }

  public Optional<Subscriber> byUnsubscribeToken(String token) {
    return signer
        .verify(token, Signer.Purpose.UNSUBSCRIBE, clock.instant())
        .flatMap(c -> store.find(c.subscriberId()));
  }

  /** Whether the token is an unsubscribe token signed here (its subscriber may be gone already). */
  public boolean validUnsubscribeToken(String token) {
    return signer.verify(token, Signer.Purpose.UNSUBSCRIBE, clock.instant()).isPresent();
  }

  public Optional<Subscriber> byEmail(String email) {
    return store.findByEmail(email).filter(s -> s.status() != Subscriber.Status.PENDING);
  }

  public Optional<Subscriber> find(String id) {
    return store.find(id);
  }

  public List<Subscriber> active() {
    return store.active();
  }

  public String settingsUrl(Subscriber s, String baseUrl) {
    return baseUrl
        + "/settings?token="
        + signer.sign(Signer.Purpose.SETTINGS, s.id(), clock.instant().plus(SETTINGS_LINK));
  }

  /** A link that unsubscribes for good: it must work from any digest, however old. */
  public String unsubscribeToken(Subscriber s) {
    return signer.sign(Signer.Purpose.UNSUBSCRIBE, s.id(), null);
  }

  public void update(Subscriber s, Settings settings) {
    store.update(s.id(), settings);
  }

  public void addTopic(Subscriber s, String name, String query) {
    String q = query == null ? "" : query.strip();
    String n = name == null || name.isBlank() ? q : name.strip();
    if (q.isEmpty()) {
      throw new IllegalArgumentException("a topic needs a search, such as: KV cache offloading");
    }
    if (q.length() > Topic.MAX_QUERY || n.length() > Topic.MAX_NAME) {
      throw new IllegalArgumentException(
          "a topic's search is at most "
              + Topic.MAX_QUERY
              + " characters, its name "
              + Topic.MAX_NAME);
    }
    topics.add(s.id(), n, q);
  }

  public void removeTopic(Subscriber s, String topicId) {
    topics.remove(s.id(), topicId);
  }

  public void pause(Subscriber s) {
    store.setStatus(s.id(), Subscriber.Status.PAUSED);
  }

  public void resume(Subscriber s) {
    store.setStatus(s.id(), Subscriber.Status.ACTIVE);
  }

  /** Permanent delivery failures in a row after which an address is paused. */
  public static final int PAUSE_AFTER_FAILURES = 3;

  /**
   * Records, in the caller's transaction, that the subscriber's digest covering papers first seen
   * up to {@code until} went out (which also clears their failures).
   */
  public void covered(Connection c, String subscriberId, Instant until) throws SQLException {
    SubscriberStore.covered(c, subscriberId, until);
  }

  /**
   * Records, in the caller's transaction, that a mail to the subscriber was refused for good; the
   * address is paused after {@link #PAUSE_AFTER_FAILURES} in a row.
   */
  public void deliveryRefused(Connection c, String subscriberId) throws SQLException {
    SubscriberStore.deliveryRefused(c, subscriberId, PAUSE_AFTER_FAILURES);
  }

  /** Deletes the address, its topics and its digest records. */
  public void delete(Subscriber s) {
    store.delete(s.id());
    log.info("Subscriber {} deleted with all their data", s.id());
  }

  /**
   * A deleted person's part ({@link org.paperboy.account.PersonalData}): the subscription of their
   * address, with its topics and digest records, inside the deletion's transaction.
   */
  public int eraseSubscription(java.sql.Connection c, String userId, String email)
      throws java.sql.SQLException {
    return org.paperboy.db.Sql.update(c, "DELETE FROM subscribers WHERE email = ?", email);
  }

  /** Deletes requests never confirmed within {@link #CONFIRM_WITHIN}; returns how many. */
  public int expireUnconfirmed() {
    return store.deletePendingBefore(clock.instant().minus(CONFIRM_WITHIN));
  }
}
