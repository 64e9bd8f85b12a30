package org.paperboy;

import java.time.Clock;
import java.util.List;
import org.paperboy.account.Accounts;
import org.paperboy.channel.Channels;
import org.paperboy.channel.Sources;
import org.paperboy.config.Config;
import org.paperboy.core.Core;
import org.paperboy.core.SiteAddress;
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
import org.paperboy.subscription.Subscriptions;
import org.paperboy.trending.Trending;
import org.paperboy.web.WebServer;

/**
 * The composition root: builds the whole application, in reading order, from one validated config,
 * and does nothing else. Every command and the server start at {@link #open}, which builds and then
 * {@link #prepare prepares}; the background work is {@link ServeJobs}.
 */
public final class Paperboy implements AutoCloseable {
  /** The embedding model shipped in the jar. */
  public static final EmbeddingModel MODEL = EmbeddingModel.BGE_SMALL_Q;

  private final Core core;
  private final Jobs jobs;
  private final Importer importer;
  private final Harvester harvester;
  private final ArxivApi arxivApi;
  private final Exporter exporter;
  private final Search search;
  private final OutsideSignals signals;
  private final Trending trending;
  private final Accounts accounts;
  private final Subscriptions subscriptions;
  private final Library library;
  private final Labs labs;
  private final People people;
  private final Recommendations recommendations;
  private final Channels channels;
  private final Digests digests;

  /** Builds and {@link #prepare prepares} the application: what every command starts with. */
  public static Paperboy open(Config config) {
    return open(config, Clock.systemUTC());
  }

  /** With another clock: tests move time forward to see what later runs do. */
  public static Paperboy open(Config config, Clock clock) {
    Paperboy app = new Paperboy(config, clock);
    try {
      app.prepare();
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    return app;
  }

  /** Builds the application without preparing it; {@link #open} is what commands want. */
  public Paperboy(Config config) {
    this(config, Clock.systemUTC());
  }

  public Paperboy(Config config, Clock clock) {
    config.prepare();
    String site = config.web().baseUrl(config.web().port());
    Database database = Database.open(config.dbUrl());
    this.core =
        new Core(
            config,
            clock,
            database,
            new PaperStore(database, clock),
            Mailer.create(config.mail(), config.dataDir(), site, clock),
            new SiteAddress(site)); // the server sets the address it listens at
    this.jobs = new Jobs(clock, config.dataDir().resolve("jobs.json")); // nothing runs until serve
    PaperStore papers = core.papers();
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
    this.signals = new OutsideSignals(database, papers, arxivApi, config.signals(), clock);
    this.trending = new Trending(database, papers, config.trending(), clock, signals);
    this.subscriptions = new Subscriptions(core);
    // a deleted person's votes and subscription go too; the rest goes with the user row
    this.accounts =
        new Accounts(core, List.of(trending::eraseVotes, subscriptions::eraseSubscription));
    this.library = new Library(core, accounts, arxivApi, titles -> search.idsTitled(titles, 5));
    this.labs = new Labs(core, accounts, library);
    this.people = new People(core, accounts, library);
    this.recommendations =
        new Recommendations(
            core,
            search,
            trending,
            new Recommendations.Readers(subscriptions, accounts, library, people),
            MODEL.key());
    this.channels =
        new Channels(core, new Sources(papers, search, trending, Digests.MIN_SIMILARITY), labs);
    FeedbackLinks feedback =
        (email, paperId) -> {
          var links = library.feedbackLinks(email, paperId);
          return new FeedbackLinks.Links(links.moreLikeThis(), links.notForMe());
        };
    this.digests =
        new Digests(core, search, trending, subscriptions, recommendations, people, feedback);
  }

  /**
   * The catch-up work a process does before it reads: authors of papers stored before author pages
   * (migration V15) are filled in, once, and a missing or stale index is rebuilt, when this process
   * owns it. Called by {@link #open}.
   */
  public void prepare() {
    core.papers().backfillAuthors();
    search.catchUp();
  }

  /** Starts every background job of {@code serve} ({@link ServeJobs#serve}). */
  public synchronized void startBackgroundJobs() {
    ServeJobs.serve(this);
  }

  /** Starts only the index's jobs, for {@code paperboy mcp} ({@link ServeJobs#indexOnly}). */
  public synchronized void startIndexJobs() {
    ServeJobs.indexOnly(this);
  }

  /** The background jobs: where each stands. */
  public Jobs jobs() {
    return jobs;
  }

  /** The web server over this application, not yet started. */
  public WebServer webServer() {
    return new WebServer(
        config().web(),
        new WebServer.Parts(
            new WebServer.Base(database(), papers(), core.clock(), jobs::statuses),
            new WebServer.Finding(search, trending, recommendations, people),
            new WebServer.Readers(accounts, library, subscriptions, digests),
            new WebServer.Groups(labs, channels)),
        core.site()::set);
  }

  public Core core() {
    return core;
  }

  public Config config() {
    return core.config();
  }

  public Database database() {
    return core.database();
  }

  public PaperStore papers() {
    return core.papers();
  }

  public Mailer mailer() {
    return core.mailer();
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
    core.mailer().close();
    search.close();
    core.database().close();
  }
}
