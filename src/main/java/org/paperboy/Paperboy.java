package org.paperboy;

import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.ingest.Exporter;
import org.paperboy.ingest.Harvester;
import org.paperboy.ingest.Importer;
import org.paperboy.paper.PaperStore;

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

  public Paperboy(Config config) {
    this.config = config;
    config.prepare();
    this.database = Database.open(config.dbUrl());
    this.papers = new PaperStore(database);
    this.importer = new Importer(papers);
    this.harvester = new Harvester(database, papers);
    this.arxivApi = new ArxivApi(papers);
    this.exporter = new Exporter(papers);
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

  @Override
  public void close() {
    database.close();
  }
}
