package org.paperboy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the index in step with the database by following the change sequence: every paper changed
 * after the number the index is complete up to is (re)indexed with its current vector, page by
 * page, committed now and then with the number of the last page. Runs in the process that owns the
 * index; papers added by other processes or other instances arrive the same way.
 */
final class IndexSync {
  private static final Logger log = LoggerFactory.getLogger(IndexSync.class);
  static final int PAGE = 2000;

  /**
   * A commit every 50,000 papers or 10 seconds, whichever comes first: searches see a long catch-up
   * as it goes, without a commit (and a small segment to merge) every page.
   */
  private static final int COMMIT_EVERY = 50_000;

  private static final long COMMIT_NANOS = 10_000_000_000L;

  private final PaperStore papers;
  private final EmbeddingStore embeddings;
  private final SearchIndex index;

  IndexSync(PaperStore papers, EmbeddingStore embeddings, SearchIndex index) {
    this.papers = papers;
    this.embeddings = embeddings;
    this.index = index;
  }

  /** Indexes everything changed since the last commit; returns how many papers. */
  synchronized long catchUp() throws IOException {
    if (!index.isOwner()) {
      index.refresh();
      return 0;
    }
    long seq = index.committedSeq();
    long done = 0;
    long started = System.nanoTime();
    long uncommitted = 0;
    long lastCommit = started;
    while (true) {
      List<PaperStore.Sequenced> page = papers.changedSince(seq, PAGE);
      if (page.isEmpty()) {
        break;
      }
      List<String> ids = new ArrayList<>(page.size());
      for (PaperStore.Sequenced s : page) {
        ids.add(s.paper().id());
      }
      Map<String, float[]> vectors = embeddings.vectors(index.model(), ids);
      List<Document> docs = new ArrayList<>(page.size());
      for (PaperStore.Sequenced s : page) {
        docs.add(PaperFields.document(s.paper(), vectors.get(s.paper().id())));
      }
      index.update(docs);
      seq = page.getLast().seq();
      done += page.size();
      uncommitted += page.size();
      if (uncommitted >= COMMIT_EVERY || System.nanoTime() - lastCommit > COMMIT_NANOS) {
        index.commit(seq);
        uncommitted = 0;
        lastCommit = System.nanoTime();
      }
      if (done % 100_000 < PAGE && done >= 100_000) {
        log.info(
            "Indexed {} papers ({}/s)",
            done,
            (long) (done / ((System.nanoTime() - started) / 1e9)));
      }
    }
    if (uncommitted > 0) {
      index.commit(seq);
    }
    return done;
  }
}
