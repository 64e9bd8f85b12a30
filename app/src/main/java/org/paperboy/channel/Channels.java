package org.paperboy.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.paperboy.core.Core;
import org.paperboy.db.Database;
import org.paperboy.lab.Lab;
import org.paperboy.lab.Labs;

/**
 * Channels: a lab's papers posted to Slack, Discord, Mattermost, Teams or a signed webhook on each
 * channel's schedule, exactly once through an outbox like the digest's. {@code paperboy channel
 * send} and the server's schedule run the same code. The package's one public entry.
 */
public final class Channels {
  public static final int MAX_PER_LAB = 10;

  /** What a run did. */
  public record Report(int queued, int sent, int skipped, int retried, int failed) {
    @Override
    public String toString() {
      return "%d queued, %d sent, %d skipped, %d to retry, %d failed"
          .formatted(queued, sent, skipped, retried, failed);
    }
  }

  /** A post composed but neither stored nor sent: the exact bodies a run would send. */
  public record Preview(Channel channel, Lab lab, LocalDate date, List<String> bodies) {}

  /** A channel just added, with the signing secret of a webhook channel (shown this once). */
  public record Added(Channel channel, String secret) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ChannelStore store;
  private final PostOutbox outbox;
  private final Sources sources;
  private final Labs labs;
  private final Supplier<String> siteUrl;
  private final Clock clock;
  private final Refusals refusals;
  private volatile boolean allowPrivate;
  private final Duration timeout;
  private volatile Sender sender;

  /**
   * Webhook addresses inside the network, and plain http, are accepted only with {@code
   * PAPERBOY_WEBHOOK_ALLOW_PRIVATE=true} (the config's features).
   *
   * @param sources what posts are made of (papers, search, trending)
   */
  public Channels(Core core, Sources sources, Labs labs) {
    Database db = core.database();
    this.store = new ChannelStore(db);
    this.outbox = new PostOutbox(db);
    this.sources = sources;
    this.labs = labs;
    this.siteUrl = core.site()::get;
    this.clock = core.clock();
    this.refusals = new Refusals(db, store, labs, core.mailer(), siteUrl);
    this.timeout = core.config().features().webhookTimeout();
    allowPrivateAddresses(core.config().features().webhooksAllowPrivate());
  }

  /**
   * Accepts addresses inside the network, and plain http, or stops to (tests that post to a local
   * receiver turn it on).
   */
  public void allowPrivateAddresses(boolean allow) {
    this.allowPrivate = allow;
    this.sender = new Sender(allow, timeout);
  }

  /** Checks the address (form, kind, public host) and stores the channel; refused: nothing. */
  public Added add(Lab lab, Kind kind, String url, Channel.Plan plan) {
    WebhookUrls.checkHost(WebhookUrls.parse(kind, url, allowPrivate), allowPrivate);
    if (plan.hour() < 0 || plan.hour() > 23) {
      throw ChannelException.invalid("The hour is 0 to 23.");
    }
    if (plan.content().isEmpty()) {
      throw ChannelException.invalid("Choose what the channel gets: topics, trending or week.");
    }
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    String secret = HexFormat.of().formatHex(key);
    Channel c =
        new Channel(
            UUID.randomUUID().toString(),
            lab.id(),
            kind,
            url.strip(),
            secret,
            plan,
            new Channel.State(null, null, false, null));
    store.insert(c, clock.instant());
    return new Added(c, kind == Kind.WEBHOOK ? secret : null);
  }

  public List<Channel> of(Lab lab) {
    return store.of(lab.id());
  }

  public List<Channel> all() {
    return store.all();
  }

  public Optional<Channel> find(String id) {
    return store.find(id);
  }

  public void remove(Lab lab, String channelId) {
    if (!store.delete(lab.id(), channelId)) {
      throw ChannelException.notFound("The lab has no such channel.");
    }
  }

  /**
   * Queues the posts due now (or, with a date, that date's post for every active channel that posts
   * that day, whatever its hour), then sends every queued post. Safe to rerun.
   */
  public Report send(LocalDate date) {
    Instant now = clock.instant();
    int queued = outbox.create(due(store.active(), date, now), now);
    Report r = new ChannelRound(outbox, this::composer, this::ready, delivery(), clock).run();
    return new Report(queued, r.sent(), r.skipped(), r.retried(), r.failed());
  }

  /** The posts {@link #send} would queue, composed but neither stored nor sent. */
  public List<Preview> dryRun(LocalDate date) {
    Instant now = clock.instant();
    List<Preview> out = new ArrayList<>();
    try (PostComposer composer = new PostComposer(sources, labs, siteUrl)) {
      for (Channel c : store.active()) {
        for (PostOutbox.New n : due(List.of(c), date, now)) {
          Optional<Lab> lab = lab(c);
          if (lab.isPresent()) {
            Post p = composer.compose(c, lab.get(), n.date(), n.coversFrom(), n.coversUntil());
            out.add(
                new Preview(
                    c, lab.get(), n.date(), p.papers() == 0 ? List.of() : Bodies.of(c.kind(), p)));
          }
        }
      }
    }
    return out;
  }

  /** Posts of a date by status. */
  public Map<String, Long> status(LocalDate date) {
    return outbox.counts(date);
  }

  private Delivery delivery() {
    return new Delivery(outbox, sender, refusals, clock);
  }

  private Delivery.Ready ready(PostComposer composer, PostOutbox.Row row) {
    Optional<Channel> c = store.find(row.channelId());
    Optional<Lab> lab = c.flatMap(this::lab);
    if (c.isEmpty() || lab.isEmpty() || !c.get().state().active()) {
      return new Delivery.Ready(row, c.filter(x -> lab.isPresent()).orElse(null), List.of(), 0);
    }
    if (row.bodies() != null) {
      return new Delivery.Ready(row, c.get(), Delivery.bodies(row.bodies()), 0);
    }
    Post p = composer.compose(c.get(), lab.get(), row.date(), row.coversFrom(), row.coversUntil());
    List<String> bodies = p.papers() == 0 ? List.of() : Bodies.of(c.get().kind(), p);
    return new Delivery.Ready(row, c.get(), bodies, p.papers());
  }

  private Optional<Lab> lab(Channel c) {
    return labs.all().stream().filter(l -> l.id().equals(c.labId())).findFirst();
  }

  private List<PostOutbox.New> due(List<Channel> channels, LocalDate date, Instant now) {
    List<PostOutbox.New> out = new ArrayList<>();
    for (Channel c : channels) {
      Optional<LocalDate> day =
          date == null
              ? ChannelSchedule.due(c.plan(), now)
              : Optional.of(date).filter(d -> ChannelSchedule.postsOn(c.plan(), d));
      if (day.isEmpty()) {
        continue;
      }
      Instant until = ChannelSchedule.time(c.plan(), day.get());
      until = until.isAfter(now) ? now : until;
      Instant from = ChannelSchedule.windowStart(c, until);
      if (from.isBefore(until)) {
        out.add(new PostOutbox.New(c.id(), day.get(), from, until));
      }
    }
    return out;
  }

  PostComposer composer() {
    return new PostComposer(sources, labs, siteUrl);
  }
}
