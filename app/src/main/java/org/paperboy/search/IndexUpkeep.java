package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database: catching up, handing over, rebuilding, merging,
 * embedding. {@link Search} says what each does; the server runs them as jobs.
 */
final class IndexUpkeep {
  private static final Logger log = LoggerFactory.getLogger(IndexUpkeep.class);

  private final Database db;
  private final SearchIndex index;
  private final PaperStore papers;
  private final EmbeddingStore embeddings;
  private final IndexSync sync;
  private final LazyEmbedder embedder;
  private final LocalDate embedSince;

  IndexUpkeep(
      Database db,
      SearchIndex index,
      PaperStore papers,
      EmbeddingStore embeddings,
      LazyEmbedder embedder,
      LocalDate embedSince) {
    this.db = db;
    this.index = index;
    this.papers = papers;
    this.embeddings = embeddings;
    this.sync = new IndexSync(papers, embeddings, index);
    this.embedder = embedder;
    this.embedSince = embedSince;
  }

  long catchUp() {
    try {
      return sync.catchUp();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Search.Indexing catchUpOrHandOver(Duration wait) {
    if (index.isOwner()) {
      return new Search.Indexing.Here(catchUp());
    }
    return IndexHandOver.afterOwner(index, papers, embeddings, wait);
  }

  BulkIndex bulkIndex(BulkIndex.Failures failures) {
    if (!index.isOwner()) {
      return null;
    }
    try {
      // every change numbered up to `handedOut` is committed and visible: once caught up, the
      // index holds them all, whether or not their numbers still belong to a paper
      long handedOut = db.lastSeq();
      catchUp();
      return new BulkIndex(
          index,
          embeddings,
          failures,
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          Math.max(handedOut, index.committedSeq()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long rebuild() {
    if (!index.isOwner()) {
      throw new IllegalStateException(
          "another process (the server?) owns the index at " + index.path() + "; stop it first");
    }
    long n = Rebuild.besideTheLiveIndex(index, papers, embeddings);
    catchUp(); // what changed while it was built
    return n;
  }

  void optimize() {
    if (!index.isOwner()) {
      return;
    }
    try {
      long start = System.nanoTime();
      index.forceMerge();
      log.info(
          "Merged the index into one segment in {} s",
          (System.nanoTime() - start) / 1_000_000_000L);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long embed(long limit, Search.EmbedProgress progress, boolean followAsItGoes) {
    long[] lastSync = {System.nanoTime()};
    Runnable syncNow =
        () -> {
          if (followAsItGoes
              && index.isOwner()
              && System.nanoTime() - lastSync[0] > 10_000_000_000L) {
            catchUp();
            lastSync[0] = System.nanoTime();
          }
        };
    long done =
        new EmbedJob(embeddings, embedder.get(), embedSince).run(limit, progress::update, syncNow);
    if (followAsItGoes && index.isOwner()) {
      catchUp();
    }
    return done;
  }

  /** This process serves: it owns the index for as long as it runs (see {@link Search}). */
  void ownAsServer() {
    index.ownAsServer();
  }

  /** Embeds every paper waiting for a vector, following the database as it goes (owner only). */
  long embedWaiting() {
    return index.isOwner() ? embed(Long.MAX_VALUE, (done, total, rate) -> {}, true) : 0;
  }
}
