package org.paperboy;

import java.time.Clock;
import org.paperboy.account.Accounts;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.Exporter;
import org.paperboy.ingest.Harvester;
import org.paperboy.ingest.Importer;
import org.paperboy.mail.Mailer;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.Embedder;
import org.paperboy.search.EmbeddingModel;
import org.paperboy.search.OnnxEmbedder;
import org.paperboy.search.RemoteEmbedder;
import org.paperboy.search.Search;
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
  private final Mailer mailer;
  private final Accounts accounts;
  private final Clock clock = Clock.systemUTC();

  /** The embedding model shipped in the jar. */
  public static final EmbeddingModel MODEL = EmbeddingModel.BGE_SMALL_Q;

  public Paperboy(Config config) {
    this.config = config;
    config.prepare();
    this.database = Database.open(config.dbUrl());
    this.papers = new PaperStore(database);
    this.importer = new Importer(papers);
    this.harvester = new Harvester(database, papers);
    this.arxivApi = new ArxivApi(papers);
    this.exporter = new Exporter(papers);
    this.search =
        new Search(
            database,
            papers,
            config.dataDir().resolve("index"),
            MODEL.key(),
            () -> embedder(config));
    search.catchUp(); // a missing or stale index is rebuilt here, when this process owns it
    this.trending = new Trending(database, papers, config.trending(), clock);
    this.mailer =
        Mailer.create(config.mail(), config.dataDir(), config.web().baseUrl(config.web().port()));
    this.accounts = new Accounts(database, mailer, clock);
  }

  /** The web server over this application, not yet started. */
  public WebServer webServer() {
    return new WebServer(
        config.web(), new WebServer.Parts(database, papers, search, trending, accounts, clock));
  }

  private static Embedder embedder(Config config) {
    Config.Embeddings e = config.embeddings();
    if (e.url() != null) {
      return new RemoteEmbedder(e.url(), e.remoteModel(), e.apiKey(), MODEL);
    }
    return new OnnxEmbedder(MODEL, e.threads(), MODEL.window(), 1024);
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

  public Mailer mailer() {
    return mailer;
  }

  public Accounts accounts() {
    return accounts;
  }

  @Override
  public void close() {
    trending.close();
    mailer.close();
    search.close();
    database.close();
  }
}
