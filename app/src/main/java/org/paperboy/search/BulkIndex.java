package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.lucene.document.Document;
import org.paperboy.paper.Written;

/**
 * Indexes papers as an import writes them, on threads of their own beside the import's, and commits
 * once at the end: no reading back from the database, no commit (and no tiny segment to merge)
 * every few thousand papers. A paper Lucene refuses is reported where it came from and the rest go
 * on. Nothing is committed unless {@link #finish} is reached: an import that fails leaves the index
 * as it was, and the next catch-up indexes whatever the database took.
 */
public final class BulkIndex implements AutoCloseable {
  /** Hears of papers that could not be indexed. */
  @FunctionalInterface
  public interface Failures {
    void failed(String where, String reason);
  }

  private record Job(List<Written> papers, List<String> where) {}

  private static final Job END = new Job(List.of(), List.of());

  private final SearchIndex index;
  private final EmbeddingStore embeddings;
  private final Failures failures;
  private final boolean fresh; // the index was empty: new papers need no delete of an old copy
  private final long startSeq;
  private final List<BlockingQueue<Job>> queues = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final TreeMap<Long, Long> written = new TreeMap<>(); // change-number ranges handed in
  private volatile Throwable failure;
  private boolean finished;

  /**
   * @param completeUpTo the index holds every change up to this number (its papers' current
   *     versions): the papers handed in continue from there
   */
  BulkIndex(
      SearchIndex index,
      EmbeddingStore embeddings,
      Failures failures,
      int threadCount,
      long completeUpTo) {
    this.index = index;
    this.embeddings = embeddings;
    this.failures = failures;
    this.fresh = index.size() == 0;
    this.startSeq = completeUpTo;
    for (int t = 0; t < threadCount; t++) {
      BlockingQueue<Job> queue = new ArrayBlockingQueue<>(2);
      queues.add(queue);
      threads.add(Thread.ofPlatform().name("paperboy-bulk-index-" + t).start(() -> work(queue)));
    }
  }

  /**
   * Takes a batch the import wrote (its transaction committed). Each paper goes to the thread its
   * id picks, so two versions of one paper are indexed in the order they were written.
   */
  public void add(List<Written> papers, List<String> where) {
    rethrow();
    synchronized (written) {
      for (Written w : papers) { // one transaction's numbers: a run or two at most
        Map.Entry<Long, Long> before = written.floorEntry(w.seq());
        if (before != null && before.getValue() == w.seq() - 1) {
          written.put(before.getKey(), w.seq());
        } else {
          written.put(w.seq(), w.seq());
        }
      }
    }
    List<List<Written>> parts = new ArrayList<>();
    List<List<String>> wheres = new ArrayList<>();
    for (int t = 0; t < queues.size(); t++) {
      parts.add(new ArrayList<>(papers.size() / queues.size() + 1));
      wheres.add(new ArrayList<>(papers.size() / queues.size() + 1));
    }
    for (int i = 0; i < papers.size(); i++) {
      int t = Math.floorMod(papers.get(i).paper().id().hashCode(), queues.size());
      parts.get(t).add(papers.get(i));
      wheres.get(t).add(where.get(i));
    }
    for (int t = 0; t < queues.size(); t++) {
      put(queues.get(t), new Job(parts.get(t), wheres.get(t)));
    }
  }

  private void work(BlockingQueue<Job> queue) {
    try {
      while (true) {
        Job job = queue.take();
        if (job == END) {
          return;
        }
        List<String> changed = new ArrayList<>();
        for (Written w : job.papers()) {
          if (!w.added()) {
            changed.add(w.paper().id());
          }
        }
        Map<String, float[]> vectors =
            changed.isEmpty() ? Map.of() : embeddings.vectors(index.model(), changed);
        for (int i = 0; i < job.papers().size(); i++) {
          Written w = job.papers().get(i);
          Document doc = PaperFields.document(w.paper(), vectors.get(w.paper().id()));
          String refused = index.index(doc, fresh && w.added());
          if (refused != null) {
            failures.failed(job.where().get(i), "stored, but cannot be indexed: " + refused);
          }
        }
      }
    } catch (Throwable t) {
      synchronized (this) { // the first failure is the one to tell: the others follow from it
        failure = failure == null ? t : failure;
      }
      queue.clear();
    }
  }

  private void put(BlockingQueue<Job> queue, Job job) {
    try {
      while (!queue.offer(job, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexing interrupted", e);
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t instanceof IOException io) {
      throw new UncheckedIOException(io);
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  /**
   * Waits for the threads and commits, complete up to the last change number from which every
   * number down to the index's last commit was handed in (another writer's numbers in between are
   * left to the catch-up that follows). Returns that number.
   */
  public long finish() {
    for (BlockingQueue<Job> queue : queues) {
      put(queue, END);
    }
    join();
    rethrow();
    long upTo = startSeq;
    synchronized (written) {
      for (Map.Entry<Long, Long> run : written.tailMap(startSeq + 1).entrySet()) {
        if (run.getKey() != upTo + 1) {
          break;
        }
        upTo = run.getValue();
      }
    }
    try {
      index.commit(upTo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    finished = true;
    return upTo;
  }

  private void join() {
    try {
      for (Thread t : threads) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("indexing interrupted", e);
    }
  }

  /** Without {@link #finish}: stops the threads; what they indexed is never committed. */
  @Override
  public void close() {
    if (!finished) {
      synchronized (this) {
        failure = failure == null ? new IllegalStateException("bulk index abandoned") : failure;
      }
      threads.forEach(Thread::interrupt);
      join();
    }
  }
}
