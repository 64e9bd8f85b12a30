package org.paperboy;

import java.time.Clock;
import java.time.Duration;
import org.paperboy.account.Accounts;
import org.paperboy.channel.Channels;
import org.paperboy.channel.Sources;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.digest.Digests;
import org.paperboy.digest.FeedbackLinks;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.Exporter;
import org.paperboy.ingest.Harvester;
import org.paperboy.ingest.Importer;
import org.paperboy.jobs.Jobs;
import org.paperboy.lab.Labs;
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
  private final Labs labs;
  private final Channels channels;
  private final Clock clock;
  private final Jobs jobs;
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
    this.jobs = new Jobs(clock, config.dataDir().resolve("jobs.json")); // nothing runs until serve
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
    accounts.alsoErase(trending::eraseVotes); // the rest of a person goes with the user row
    this.subscriptions =
        new Subscriptions(database, mailer, new Signer(config.secretBytes()), clock);
    accounts.alsoErase(subscriptions::eraseSubscription);
    this.library =
        new Library(
            database,
            papers,
            accounts,
            arxivApi,
            titles -> search.idsTitled(titles, 5),
            config.secretBytes(),
            () -> siteUrl,
            clock);
    this.labs = new Labs(database, papers, accounts, mailer, clock);
    // uploads on the page fetch unknown arXiv ids from the same API as everything else
    library.useArxivApi(config.signals().arxivApiUrl(), java.time.Duration.ofSeconds(3));
    this.people = new People(database, papers, accounts, clock);
    this.recommendations =
        new Recommendations(
            database,
            papers,
            search,
            trending,
            new Recommendations.Readers(subscriptions, accounts, library, people),
            MODEL.key(),
            clock);
    recommendations.coSaveMinReaders(
        org.paperboy.config.CoSaveSettings.fromEnvironment().minReaders());
    this.channels =
        new Channels(
            database,
            new Sources(papers, search, trending, DIGEST_MIN_SIMILARITY),
            labs,
            mailer,
            () -> siteUrl,
            clock);
    channels.allowPrivateAddresses(
        "true".equalsIgnoreCase(System.getenv("PAPERBOY_WEBHOOK_ALLOW_PRIVATE")));
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

  /**
   * The server's background work, every loop of it in {@link #jobs}: the index follows the database
   * and embeds new papers (every few seconds), rankings read since they went stale are recomputed,
   * page views are saved, outside signals are fetched (hourly, when a source is on), unconfirmed
   * subscriptions expire and due digests go out (every five minutes), the same code as {@code
   * paperboy digest send}. Stopped by {@link #close()}, the last added first.
   */
  public synchronized void startBackgroundJobs() {
    if (jobs.started()) {
      return;
    }
    addIndexJobs();
    jobs.add("trending", Duration.ofSeconds(5), Duration.ofSeconds(5), trending::refreshStale);
    // the co-saves follow the libraries; their own job, so a failure never holds up the digests
    jobs.add(
        "co-saves", Duration.ofSeconds(1), Duration.ofMinutes(5), recommendations::refreshCoSaves);
    jobs.add("views", Duration.ofSeconds(10), Duration.ofSeconds(10), trending::flushViews);
    if (signals.fetching()) {
      jobs.add(
          "signals",
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          () -> {
            if (signals.scheduledRound()) {
              trending.invalidate();
            }
          });
    }
    jobs.add(
        "cleanup", Duration.ofSeconds(1), Duration.ofMinutes(5), subscriptions::expireUnconfirmed);
    jobs.add("digests", Duration.ofSeconds(1), Duration.ofMinutes(5), () -> digests.send(null));
    // labs whose last owner left pass to their eldest member; the labs' channels post when due
    jobs.add("labs", Duration.ofSeconds(1), Duration.ofMinutes(5), labs::tidy);
    jobs.add("channels", Duration.ofSeconds(1), Duration.ofMinutes(5), () -> channels.send(null));
    jobs.start();
  }

  /**
   * Only the index's jobs, for a long-lived process that is not the server ({@code paperboy mcp}):
   * the index follows the database, indexing and embedding when no server owns it.
   */
  public synchronized void startIndexJobs() {
    if (jobs.started()) {
      return;
    }
    addIndexJobs();
    jobs.start();
  }

  private void addIndexJobs() {
    search.serveIndex();
    jobs.add("index-sync", Duration.ZERO, Duration.ofSeconds(5), search::catchUp);
    jobs.add("embedding", Duration.ZERO, Duration.ofSeconds(5), search::embedWaiting);
  }

  /** The background jobs: where each stands. */
  public Jobs jobs() {
    return jobs;
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
            jobs::statuses,
            labs,
            channels,
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

  public Labs labs() {
    return labs;
  }

  public Channels channels() {
    return channels;
  }

  @Override
  public void close() {
    jobs.close();
    signals.close();
    trending.close();
    mailer.close();
    search.close();
    database.close();
  }
}
