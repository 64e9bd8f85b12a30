package org.paperboy.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.Written;

/**
 * Collects parsed records into batches and writes each batch in its own transaction on a thread of
 * its own, so that parsing and writing use both cores. A crash leaves whole batches; running the
 * import again completes it, because the upsert is idempotent.
 */
final class BatchWriter implements AutoCloseable {
  static final int BATCH_SIZE = 2000;
  private static final Batch END = new Batch(List.of(), Set.of(), new String[0], new long[0]);

  /** Papers to write, with the file and line each came from (line 0: the file alone). */
  private record Batch(List<Paper> papers, Set<String> repeats, String[] names, long[] lines) {
    String where(int i) {
      return lines[i] > 0 ? names[i] + ":" + lines[i] : names[i];
    }
  }

  private final PaperStore store;
  private final ImportListener listener;
  private final ImportSink sink;
  private String name = "";
  private long line;
  private String[] names = new String[BATCH_SIZE];
  private long[] lines = new long[BATCH_SIZE];
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
  private final Thread thread;
  private final Set<String> seen = new HashSet<>();
  private volatile Throwable failure;

  private List<Paper> papers = new ArrayList<>(BATCH_SIZE);
  private Set<String> repeats = new HashSet<>();
  private ImportSummary written = ImportSummary.EMPTY;
  private long rejected;
  private long duplicates;
  private long skipped;
  private long failedFiles;
  private long records;
  private final long started = System.nanoTime();
  private long lastProgress = started;

  BatchWriter(PaperStore store, ImportListener listener, ImportSink sink) {
    this.store = store;
    this.listener = listener;
    this.sink = sink;
    this.thread = Thread.ofPlatform().name("paperboy-import-writer").start(this::writeLoop);
  }

  /** Where the next records come from: a file, and a line of it (0: no lines, an XML file). */
  void from(String name, long line) {
    this.name = name;
    this.line = line;
  }

  void accept(ParsedRecord record) {
    records++;
    switch (record) {
      case ParsedRecord.Parsed(Paper paper) -> {
        if (!seen.add(paper.id())) {
          duplicates++;
          if (!containsId(paper.id())) {
            repeats.add(paper.id());
          }
        }
        names[papers.size()] = name;
        lines[papers.size()] = line;
        papers.add(paper);
        if (papers.size() >= BATCH_SIZE) {
          flush();
        }
      }
      case ParsedRecord.Rejected r -> {
        rejected++;
        listener.rejected(r.where(), r.reason());
      }
      case ParsedRecord.Skipped s -> skipped++;
    }
    if ((records & 1023) == 0) {
      long now = System.nanoTime();
      if (now - lastProgress > 5_000_000_000L) {
        lastProgress = now;
        listener.progress(records, records / ((now - started) / 1e9));
      }
    }
  }

  /** A file that could not be read to its end; what it gave before that still counts. */
  void fileFailed(String where, String reason) {
    failedFiles++;
    listener.rejected(where, reason);
  }

  private boolean containsId(String id) {
    for (Paper p : papers) {
      if (p.id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  private void flush() {
    if (papers.isEmpty()) {
      return;
    }
    put(new Batch(papers, repeats, names, lines));
    papers = new ArrayList<>(BATCH_SIZE);
    repeats = new HashSet<>();
    names = new String[BATCH_SIZE];
    lines = new long[BATCH_SIZE];
  }

  private void put(Batch batch) {
    try {
      while (!queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        rethrowFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
    rethrowFailure();
  }

  private void writeLoop() {
    try {
      while (true) {
        Batch batch = queue.take();
        if (batch == END) {
          return;
        }
        List<Written> rows = new ArrayList<>();
        Map<String, PaperStore.Change> changes =
            new HashMap<>(store.upsert(batch.papers(), rows::add));
        if (!rows.isEmpty()) {
          sink.written(rows, wheres(batch, rows));
        }
        changes.keySet().removeAll(batch.repeats()); // counted where they first came
        ImportSummary counted = ImportSummary.of(changes.values(), 0, 0, 0);
        synchronized (this) {
          written = written.plus(counted);
        }
      }
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    }
  }

  /** Where each written paper came from: its last record in the batch (repeats are merged). */
  private static List<String> wheres(Batch batch, List<Written> written) {
    Map<String, Integer> last = new HashMap<>(batch.papers().size() * 2);
    for (int i = 0; i < batch.papers().size(); i++) {
      last.put(batch.papers().get(i).id(), i);
    }
    List<String> out = new ArrayList<>(written.size());
    for (Written w : written) {
      Integer i = last.get(w.paper().id());
      out.add(i == null ? "" : batch.where(i));
    }
    return out;
  }

  private void rethrowFailure() {
    Throwable t = failure;
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  /** Writes what is left, waits for the writer and says what the whole run did. */
  ImportSummary finish() {
    flush();
    put(END);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
    rethrowFailure();
    synchronized (this) {
      return new ImportSummary(
          written.added(),
          written.updated(),
          written.unchanged(),
          rejected,
          duplicates,
          skipped,
          failedFiles);
    }
  }

  @Override
  public void close() {
    if (thread.isAlive()) {
      failure = failure == null ? new IllegalStateException("import abandoned") : failure;
      thread.interrupt();
    }
  }
}
