package org.paperboy.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds every paper still without a vector (or with one made from an older text), in batches that
 * are each stored in their own transaction: stopped at any point, it continues where it stopped.
 */
final class EmbedJob {
  static final int BATCH = 64;

  /** Hears how the job goes. */
  interface Progress {
    void update(long done, long total, double perSecond);
  }

  private final EmbeddingStore store;
  private final Embedder embedder;

  EmbedJob(EmbeddingStore store, Embedder embedder) {
    this.store = store;
    this.embedder = embedder;
  }

  /** Runs until nothing is pending (or {@code limit} papers are done); returns how many. */
  long run(long limit, Progress progress, Runnable afterBatch) {
    long total = Math.min(limit, store.countPending(embedder.model()));
    long done = 0;
    long started = System.nanoTime();
    String after = "";
    while (done < limit) {
      List<EmbeddingStore.Pending> batch =
          store.pending(embedder.model(), after, (int) Math.min(BATCH, limit - done));
      if (batch.isEmpty()) {
        break;
      }
      List<String> texts = new ArrayList<>(batch.size());
      for (EmbeddingStore.Pending p : batch) {
        texts.add(p.text());
      }
      store.save(embedder.model(), batch, embedder.embedPassages(texts));
      after = batch.getLast().id();
      done += batch.size();
      progress.update(done, Math.max(total, done), done / ((System.nanoTime() - started) / 1e9));
      afterBatch.run();
    }
    return done;
  }
}
