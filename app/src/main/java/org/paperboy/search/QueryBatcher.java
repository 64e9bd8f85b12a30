package org.paperboy.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Embeds search queries on one thread, in batches: a query that arrives alone is embedded at once;
 * queries that arrive while the model is busy wait and go through together in the next run. Under
 * load this turns many small model runs, each paying its fixed cost and fighting the others for the
 * cores, into a few larger ones.
 */
final class QueryBatcher implements AutoCloseable {
  static final int MAX_BATCH = 64;

  private record Pending(String query, CompletableFuture<float[]> result) {}

  private final Supplier<Embedder> embedder;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread worker;
  private final Map<String, float[]> recent =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHED;
        }
      };

  /** Query vectors kept: 10,000 × 384 floats, about 15 MB. */
  static final int CACHED = 10_000;

  QueryBatcher(Supplier<Embedder> embedder) {
    this.embedder = embedder;
    this.worker = Thread.ofPlatform().daemon().name("paperboy-query-embedder").start(this::work);
  }

  CompletableFuture<float[]> embed(String query) {
    synchronized (recent) {
      float[] known = recent.get(query);
      if (known != null) {
        return CompletableFuture.completedFuture(known);
      }
    }
    CompletableFuture<float[]> result = new CompletableFuture<>();
    queue.add(new Pending(query, result));
    return result;
  }

  /** Embeds many queries, in order: they go through the same batches, and the same cache. */
  float[][] embedAll(List<String> texts) {
    List<CompletableFuture<float[]>> pending = texts.stream().map(this::embed).toList();
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = pending.get(i).join();
    }
    return out;
  }

  private void work() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        break;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      try {
        float[][] vectors =
            embedder.get().embedQueries(batch.stream().map(Pending::query).toList());
        synchronized (recent) {
          for (int i = 0; i < batch.size(); i++) {
            recent.put(batch.get(i).query(), vectors[i]);
          }
        }
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).result().complete(vectors[i]);
        }
      } catch (RuntimeException e) {
        batch.forEach(p -> p.result().completeExceptionally(e));
      }
      batch.clear();
    }
    queue.forEach(p -> p.result().cancel(false));
  }

  @Override
  public void close() {
    worker.interrupt();
  }
}
