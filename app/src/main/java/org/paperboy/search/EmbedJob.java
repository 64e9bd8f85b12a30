package org.paperboy.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Embeds the papers waiting for a vector, newest first, in batches that are each stored in their
 * own transaction: stopped at any point, it continues where it stopped. Every batch is taken afresh
 * from the top of the queue, so the day's new papers overtake a backfill of old ones at the next
 * batch.
 */
final class EmbedJob {
  /** Papers a batch for the local model: a few seconds of work on two cores. */
  static final int BATCH = 64;

  /** Hears how the job goes. */
  interface Progress {
    void update(long done, long total, double perSecond);
  }

  private final EmbeddingStore store;
  private final Embedder embedder;
  private final LocalDate since;

  /**
   * @param since papers published before this day are left to keyword search (null: none are)
   */
  EmbedJob(EmbeddingStore store, Embedder embedder, LocalDate since) {
    this.store = store;
    this.embedder = embedder;
    this.since = since;
  }

  /** Runs until nothing waits (or {@code limit} papers are done); returns how many. */
  long run(long limit, Progress progress, Runnable afterBatch) {
    long total = Math.min(limit, store.countPending(since));
    int batchSize = Math.max(1, embedder.batchSize());
    long done = 0;
    long started = System.nanoTime();
    while (done < limit) {
      List<EmbeddingStore.Pending> batch =
          store.pending(since, (int) Math.min(batchSize, limit - done));
      if (batch.isEmpty()) {
        break;
      }
      List<String> texts = new ArrayList<>(batch.size());
      for (EmbeddingStore.Pending p : batch) {
        texts.add(p.text());
      }
      store.save(embedder.model(), batch, embedder.embedPassages(texts));
      done += batch.size();
      progress.update(done, Math.max(total, done), done / ((System.nanoTime() - started) / 1e9));
      afterBatch.run();
    }
    return done;
  }
}
