package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.paperboy.db.Database;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database: catching up, handing over, rebuilding, merging,
 * embedding, and all of it every few seconds in the server. {@link Search} says what each does.
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
  private ScheduledExecutorService background;

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

  synchronized void startBackground() {
    if (background != null) {
      return;
    }
    index.ownAsServer();
    background =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("paperboy-index").unstarted(r));
    background.scheduleWithFixedDelay(
        () -> {
          try {
            catchUp();
            if (index.isOwner()) {
              embed(Long.MAX_VALUE, (done, total, rate) -> {}, true);
            }
          } catch (RuntimeException e) {
            if (!background.isShutdown()) { // stopping interrupts a batch: nothing to report
              log.warn("Index upkeep failed; trying again shortly: {}", e.getMessage());
            }
          }
        },
        0,
        5,
        TimeUnit.SECONDS);
  }

  /** Stops the background work, waiting for a batch under way to give up. */
  synchronized void stopBackground() {
    if (background != null) {
      background.shutdownNow();
      try {
        background.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
