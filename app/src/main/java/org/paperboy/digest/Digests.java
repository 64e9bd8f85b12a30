package org.paperboy.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperboy.core.Core;
import org.paperboy.core.SiteAddress;
import org.paperboy.digest.SendRound.Outcome;
import org.paperboy.digest.SendRound.Ready;
import org.paperboy.mail.MailException;
import org.paperboy.mail.MailMessage;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.subscription.Subscriber;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily digest: which are due, what each holds, and sending each exactly once through the
 * outbox. {@code paperboy digest send} and the server's schedule run the same code. The package's
 * one public entry.
 */
public final class Digests {
  private static final Logger log = LoggerFactory.getLogger(Digests.class);
  static final int BATCH = 50;

  /** What a run did. */
  public record Report(int queued, int sent, int skipped, int retried, int failed) {
    @Override
    public String toString() {
      return "%d queued, %d sent, %d skipped (nothing new), %d to retry, %d failed"
          .formatted(queued, sent, skipped, retried, failed);
    }
  }

  /** A digest composed but not sent: for previews and dry runs. */
  public record Preview(Digest digest, MailMessage mail) {}

  /**
   * How close in meaning (cosine of bge-small embeddings) a new paper must be to a topic to match
   * it without containing all of the topic's words (channels match lab topics with it too).
   */
  public static final double MIN_SIMILARITY = 0.75;

  private final PaperStore papers;
  private final Search search;
  private final Trending trending;
  private final Subscriptions subscriptions;
  private final Mailer mailer;
  private final Clock clock;
  private final SiteAddress site;
  private final Outbox outbox;
  private final DigestMail mail;
  private final Recommendations recommendations;
  private final People people;

  /**
   * @param people adds the people sections: new papers by followed authors and new papers citing
   *     the reader's (issue 21)
   * @param feedback the signed "more like this" and "not for me" links of each paper
   */
  public Digests(
      Core core,
      Search search,
      Trending trending,
      Subscriptions subscriptions,
      Recommendations recommendations,
      People people,
      FeedbackLinks feedback) {
    this.papers = core.papers();
    this.search = search;
    this.trending = trending;
    this.subscriptions = subscriptions;
    this.mailer = core.mailer();
    this.clock = core.clock();
    this.site = core.site();
    this.recommendations = recommendations;
    this.people = people;
    this.outbox = new Outbox(core.database(), subscriptions);
    this.mail = new DigestMail(subscriptions, core.config().mail().from(), feedback);
  }

  /**
   * Queues the digests due now (or, with a date, that date's digest for every subscriber who
   * receives one that day, whatever their hour), then sends every queued digest.
   */
  public Report send(LocalDate date) {
    Instant now = clock.instant();
    int queued = outbox.create(due(subscriptions.active(), date, now), now);
    Report sent = sendQueued();
    return new Report(queued, sent.sent(), sent.skipped(), sent.retried(), sent.failed());
  }

  /** The digests {@link #send} would queue, composed but neither stored nor sent. */
  public List<Preview> dryRun(LocalDate date) {
    Instant now = clock.instant();
    List<Subscriber> active = subscriptions.active();
    Map<String, Subscriber> byId = new HashMap<>();
    active.forEach(s -> byId.put(s.id(), s));
    List<Preview> out = new ArrayList<>();
    try (Composer composer = composer(false)) {
      for (Outbox.New n : due(active, date, now)) {
        Digest d =
            composer.compose(byId.get(n.subscriberId()), n.date(), n.coversFrom(), n.coversUntil());
        out.add(new Preview(d, mail.render(d, site.get(), "<dry-run@paperboy>")));
      }
    }
    return out;
  }

  /** What the subscriber's next digest would hold if it were sent now. */
  public Optional<Preview> preview(String email) {
    return subscriptions
        .byEmail(email)
        .map(
            s -> {
              Instant now = clock.instant();
              Instant from = Schedule.windowStart(s, now);
              try (Composer composer = composer(false)) {
                Digest d =
                    composer.compose(s, LocalDate.ofInstant(now, s.settings().zone()), from, now);
                return new Preview(d, mail.render(d, site.get(), "<preview@paperboy>"));
              }
            });
  }

  private List<Outbox.New> due(List<Subscriber> subscribers, LocalDate date, Instant now) {
    List<Outbox.New> out = new ArrayList<>();
    for (Subscriber s : subscribers) {
      Optional<LocalDate> day =
          date == null
              ? Schedule.due(s.settings(), now)
              : Optional.of(date).filter(d -> Schedule.receivesOn(s.settings(), d));
      if (day.isEmpty()) {
        continue;
      }
      Instant until = Schedule.deliveryTime(s.settings(), day.get());
      until = until.isAfter(now) ? now : until;
      Instant from = Schedule.windowStart(s, until);
      if (!from.isBefore(until)) {
        continue; // a later digest covered this time already
      }
      out.add(new Outbox.New(s.id(), day.get(), from, until));
    }
    return out;
  }

  /** Sends every queued digest that is due, until none is left. */
  Report sendQueued() {
    SendRound.Counts c =
        SendRound.run(new Claimed(composer(true)), this::deliver, mailer.parallelism(), 2 * BATCH);
    if (c.any()) {
      log.info(
          "Digests: {} sent, {} skipped, {} to retry, {} failed",
          c.sent(),
          c.skipped(),
          c.retried(),
          c.failed());
    }
    return new Report(0, c.sent(), c.skipped(), c.retried(), c.failed());
  }

  /** The covered span of a digest row: rows of one span share the composer's preparation. */
  private record Window(Instant from, Instant until) {}

  /** Claims the next rows of the outbox and composes their mail. */
  private final class Claimed implements SendRound.Batches {
    private final Composer composer;

    Claimed(Composer composer) {
      this.composer = composer;
    }

    @Override
    public List<Ready> next() {
      List<Outbox.Row> batch = outbox.claim(clock.instant(), BATCH);
      Map<String, Optional<Subscriber>> subscribers = new HashMap<>();
      Map<Window, List<Subscriber>> byWindow = new HashMap<>();
      for (Outbox.Row row : batch) {
        Optional<Subscriber> s = subscriptions.find(row.subscriberId());
        subscribers.put(row.subscriberId(), s);
        s.ifPresent(
            x ->
                byWindow
                    .computeIfAbsent(
                        new Window(row.coversFrom(), row.coversUntil()), k -> new ArrayList<>())
                    .add(x));
      }
      // the batch's topics are embedded together, not one model run each
      byWindow.forEach((w, subs) -> composer.prepare(w.from(), w.until(), subs));
      List<Ready> out = new ArrayList<>(batch.size());
      for (Outbox.Row row : batch) {
        out.add(prepare(composer, row, subscribers.get(row.subscriberId())));
      }
      composer.recordSent(); // before any of the batch can be mailed
      return out;
    }

    @Override
    public void close() {
      composer.close();
    }
  }

  private Ready prepare(Composer composer, Outbox.Row row, Optional<Subscriber> found) {
    if (found.isEmpty() || found.get().status() != Subscriber.Status.ACTIVE) {
      return new Ready(row, null, null, 0); // paused or gone since the row was queued
    }
    Subscriber s = found.get();
    Digest d = composer.compose(s, row.date(), row.coversFrom(), row.coversUntil());
    if (d.empty() && !s.settings().noticeWhenEmpty()) {
      return new Ready(row, s.email(), null, 0);
    }
    String url = site.get();
    return new Ready(row, s.email(), mail.render(d, url, DigestMail.messageId(d, url)), d.size());
  }

  private Outcome deliver(Ready r) {
    if (r.message() == null) {
      outbox.skipped(r.row(), clock.instant());
      return Outcome.SKIPPED;
    }
    if (!outbox.sending(r.row(), r.message().headers().get("Message-ID"), clock.instant())) {
      return Outcome.SKIPPED; // another sender took this one over: it is theirs now
    }
    try {
      mailer.send(r.message());
    } catch (MailException e) {
      if (e.permanent()) {
        outbox.failed(r.row(), clock.instant(), e.getMessage());
        log.warn("Digest to {} refused for good: {}", r.email(), e.getMessage());
        return Outcome.FAILED;
      }
      outbox.retry(r.row(), clock.instant(), e.getMessage());
      log.warn("Digest to {} will be retried: {}", r.email(), e.getMessage());
      return Outcome.RETRY;
    }
    outbox.sent(r.row(), clock.instant(), r.papers());
    return Outcome.SENT;
  }

  private Composer composer(boolean remember) {
    return new Composer(papers, search, trending, MIN_SIMILARITY, recommendations, remember)
        .withPeople(people);
  }

  /** Digest rows of a date by status. */
  public Map<String, Long> status(LocalDate date) {
    return outbox.counts(date);
  }
}
