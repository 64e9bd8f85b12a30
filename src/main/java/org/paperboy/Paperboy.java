package org.paperboy;

import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.Exporter;
import org.paperboy.ingest.Harvester;
import org.paperboy.ingest.Importer;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.Embedder;
import org.paperboy.search.EmbeddingModel;
import org.paperboy.search.OnnxEmbedder;
import org.paperboy.search.RemoteEmbedder;
import org.paperboy.search.Search;

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

  @Override
  public void close() {
    search.close();
    database.close();
  }
}
