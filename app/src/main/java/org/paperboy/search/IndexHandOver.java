package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.paperboy.paper.PaperStore;

/**
 * A command that wrote papers while another process owned the index: the server indexes them by
 * itself; another command may have finished its catch-up before they were written, so this one
 * waits for it to go and takes the index over to index what is left.
 */
final class IndexHandOver {
  private IndexHandOver() {}

  static Search.Indexing afterOwner(
      SearchIndex index, PaperStore papers, EmbeddingStore embeddings, Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        Optional<IndexOwner> owner = IndexOwner.read(index.path());
        if (owner.isPresent() && owner.get().isServer() && owner.get().alive()) {
          return new Search.Indexing.ByOwner(IndexOwner.describe(index.path()));
        }
        try (SearchIndex taken = IndexOpener.tryOwn(index.path(), index.model())) {
          if (taken != null) {
            long n = new IndexSync(papers, embeddings, taken).catchUp();
            index.refresh();
            return new Search.Indexing.Here(n);
          }
        }
        if (System.nanoTime() > deadline) {
          return new Search.Indexing.ByOwner(IndexOwner.describe(index.path()));
        }
        Thread.sleep(250);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Search.Indexing.ByOwner(IndexOwner.describe(index.path()));
    }
  }
}
