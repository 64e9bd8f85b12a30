package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the index again beside the live one, in {@code DATA/index.next} (see Search.rebuild). */
final class Rebuild {
  private static final Logger log = LoggerFactory.getLogger(Rebuild.class);

  private Rebuild() {}

  /** Builds, merges into one segment and hands over in one commit; returns how many papers. */
  static long besideTheLiveIndex(SearchIndex index, PaperStore papers, EmbeddingStore embeddings) {
    Path next = index.path().resolveSibling(index.path().getFileName() + ".next");
    try {
      long n;
      long seq;
      try (SearchIndex built = IndexOpener.fresh(next, index.model())) {
        n = new IndexSync(papers, embeddings, built).catchUp();
        long start = System.nanoTime();
        built.forceMerge();
        log.info(
            "Merged the rebuilt index into one segment in {} s",
            (System.nanoTime() - start) / 1_000_000_000L);
        seq = built.committedSeq();
      }
      index.replaceWith(next, seq);
      IndexFiles.deleteTree(next);
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A rebuild stopped midway left its folder: the owner, holding the index, clears it. */
  static void dropUnfinished(Path indexDir) {
    Path next = indexDir.resolveSibling(indexDir.getFileName() + ".next");
    try {
      if (Files.exists(next)) {
        IndexFiles.deleteTree(next);
        log.info("Removed {}, left by a rebuild that did not finish", next);
      }
    } catch (IOException e) {
      log.warn("Could not remove {}: {}", next, e.toString());
    }
  }
}
