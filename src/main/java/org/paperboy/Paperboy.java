package org.paperboy;

import java.time.Clock;
import org.paperboy.account.Accounts;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.digest.Digests;
import org.paperboy.digest.FeedbackLinks;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.Exporter;
import org.paperboy.ingest.Harvester;
import org.paperboy.ingest.Importer;
import org.paperboy.library.Library;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.EmbeddingModel;
import org.paperboy.search.Search;
import org.paperboy.signals.OutsideSignals;
import org.paperboy.subscription.Signer;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.paperboy.web.WebServer;

/**
 * The composition root: builds the whole application, in reading order, from one validated config.
 * Every command and the server start here.
 */
public final class Paperboy implements AutoCloseable {
  private final Config config;
  private final Database database;
  private final PaperStore papers;
  private final Importer importer;
  private final Harvester harvester;
  private final ArxivApi arxivApi;
  private final Exporter exporter;
  private final Search search;
  private final Trending trending;
  private final OutsideSignals signals;
  private final Mailer mailer;
  private final Accounts accounts;
  private final Subscriptions subscriptions;
  private final Digests digests;
  private final Library library;
  private final Recommendations recommendations;
  private final Clock clock;
  private final People people;

  /** The embedding model shipped in the jar. */
  public static final EmbeddingModel MODEL = EmbeddingModel.BGE_SMALL_Q;

  public Paperboy(Config config) {
    this(config, Clock.systemUTC());
  }

  /** With another clock: tests move time forward to see what later runs do. */
  public Paperboy(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    config.prepare();
    this.siteUrl = config.web().baseUrl(config.web().port());
    this.database = Database.open(config.dbUrl());
    this.papers = new PaperStore(database, clock);
    papers.backfillAuthors(); // once, for papers stored before author pages (migration V15)
    this.importer = new Importer(papers, clock);
    this.harvester = new Harvester(database, papers);
    this.arxivApi = new ArxivApi(papers);
    this.exporter = new Exporter(papers);
    this.search =
        new Search(
            database,
            papers,
            config.dataDir().resolve("index"),
            MODEL.key(),
            () -> Embedders.of(config.embeddings(), MODEL),
            config.embeddings().since());
    search.catchUp(); // a missing or stale index is rebuilt here, when this process owns it
    this.signals = new OutsideSignals(database, papers, arxivApi, config.signals(), clock);
    this.trending = new Trending(database, papers, config.trending(), clock, signals);
    this.mailer =
        Mailer.create(
            config.mail(), config.dataDir(), config.web().baseUrl(config.web().port()), clock);
    this.accounts = new Accounts(database, mailer, clock);
    this.subscriptions =
        new Subscriptions(database, mailer, new Signer(config.secretBytes()), clock);
    this.library =
        new Library(
            database,
            papers,
            accounts,
            arxivApi,
            title -> search.withEveryWordOf(title, 5),
            config.secretBytes(),
            () -> siteUrl,
            clock);
    this.people = new People(database, papers, accounts, clock);
    this.recommendations =
        new Recommendations(database, papers, search, trending, subscriptions, MODEL.key(), clock);
    this.digests =
        new Digests(
            database,
            papers,
            search,
            trending,
            subscriptions,
            mailer,
            config.mail().from(),
            clock,
            DIGEST_MIN_SIMILARITY,
            () -> siteUrl,
            recommendations,
            (email, paperId) -> {
              var links = library.feedbackLinks(email, paperId);
              return new FeedbackLinks.Links(links.moreLikeThis(), links.notForMe());
            });
    digests.usePeople(people);
  }

  /**
   * How close in meaning (cosine of bge-small embeddings) a new paper must be to a topic to match
   * it without containing all of the topic's words.
   */
  static final double DIGEST_MIN_SIMILARITY = 0.75;

  private volatile String siteUrl;

  /** The address links in mail point to; the server sets it once it knows its port. */
  public void siteUrl(String url) {
    this.siteUrl = url;
  }

  private java.util.concurrent.ScheduledExecutorService jobs;

  /**
   * The server's background work: the index follows the database and embeds new papers (every few
   * seconds), and digests that are due go out (every five minutes), the same code as {@code
   * paperboy digest send}; outside signals are fetched every hour when a source is on.
   */
  public synchronized void startBackgroundJobs() {
    search.startBackground();
    signals.startHourly(trending::invalidate);
    if (jobs != null) {
      return;
    }
    jobs =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("paperboy-digests").unstarted(r));
    jobs.scheduleWithFixedDelay(
        () -> {
          try {
            subscriptions.expireUnconfirmed();
            digests.send(null);
          } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Paperboy.class)
                .warn("Sending digests failed; trying again in 5 minutes: {}", e.toString());
          }
        },
        1,
        5 * 60,
        java.util.concurrent.TimeUnit.SECONDS);
  }

  /** The web server over this application, not yet started. */
  public WebServer webServer() {
    return new WebServer(
        config.web(),
        new WebServer.Parts(
            database,
            papers,
            search,
            trending,
            accounts,
            subscriptions,
            digests,
            library,
            clock,
            recommendations,
            people),
        this::siteUrl);
  }

  public Config config() {
    return config;
  }

  public Database database() {
    return database;
  }

  public PaperStore papers() {
    return papers;
  }

  public Importer importer() {
    return importer;
  }

  public Harvester harvester() {
    return harvester;
  }

  public ArxivApi arxivApi() {
    return arxivApi;
  }

  public Exporter exporter() {
    return exporter;
  }

  public Search search() {
    return search;
  }

  public Trending trending() {
    return trending;
  }

  public OutsideSignals signals() {
    return signals;
  }

  public Mailer mailer() {
    return mailer;
  }

  public Accounts accounts() {
    return accounts;
  }

  public Subscriptions subscriptions() {
    return subscriptions;
  }

  public Recommendations recommendations() {
    return recommendations;
  }

  public Digests digests() {
    return digests;
  }

  public People people() {
    return people;
  }

  public Library library() {
    return library;
  }

  @Override
  public void close() {
    synchronized (this) {
      if (jobs != null) {
        jobs.shutdownNow();
      }
    }
    signals.close();
    trending.close();
    mailer.close();
    search.close();
    database.close();
  }
}
