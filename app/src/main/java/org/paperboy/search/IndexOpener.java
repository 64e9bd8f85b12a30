package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a {@link SearchIndex}: as its owner when Lucene's write lock is free (starting afresh from
 * an index it cannot use), else read-only beside the process that holds it.
 */
final class IndexOpener {
  private static final Logger log = LoggerFactory.getLogger(IndexOpener.class);

  /** How long a process waits for another one's first commit before giving up. */
  static final Duration OPEN_WAIT = Duration.ofMinutes(2);

  private IndexOpener() {}

  static SearchIndex open(Path path, String model, Duration wait) {
    try {
      Files.createDirectories(path);
      Directory directory = SearchIndex.folders.apply(FSDirectory.open(path));
      IndexWriter writer = tryWriter(path, directory, model);
      long deadline = System.nanoTime() + wait.toNanos();
      boolean told = false;
      // The owner may be creating the index this moment: wait for its first commit (or for the
      // lock, should it go away) instead of failing.
      while (writer == null && !DirectoryReader.indexExists(directory)) {
        if (System.nanoTime() > deadline) {
          throw new IOException(
              "the search index at "
                  + path
                  + " is owned by "
                  + IndexOwner.describe(path)
                  + " and has no commit yet");
        }
        if (!told) {
          log.info("Waiting for {} to create the search index", IndexOwner.describe(path));
          told = true;
        }
        Thread.sleep(200);
        writer = tryWriter(path, directory, model);
      }
      SearcherManager searchers;
      if (writer != null) {
        IndexOwner.claim(path, IndexOwner.JOB);
        searchers = new SearcherManager(writer, IndexSettings.searchers());
      } else {
        searchers = new SearcherManager(directory, IndexSettings.searchers());
      }
      return new SearchIndex(path, directory, writer, searchers, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the search index", e);
    }
  }

  /** The index owned by this process when no other holds it now; null when one does. */
  static SearchIndex tryOwn(Path path, String model) throws IOException {
    Directory directory = SearchIndex.folders.apply(FSDirectory.open(path));
    IndexWriter writer = tryWriter(path, directory, model);
    if (writer == null) {
      directory.close();
      return null;
    }
    IndexOwner.claim(path, IndexOwner.JOB);
    return new SearchIndex(
        path, directory, writer, new SearcherManager(writer, IndexSettings.searchers()), model);
  }

  /**
   * A new, empty index in a folder of its own, owned by this process: where a rebuild is built
   * beside the live index. Whatever the folder held is removed first.
   */
  static SearchIndex fresh(Path path, String model) throws IOException {
    IndexFiles.deleteTree(path);
    Files.createDirectories(path);
    FSDirectory directory = FSDirectory.open(path);
    IndexWriter writer =
        new IndexWriter(directory, IndexSettings.writer(IndexWriterConfig.OpenMode.CREATE));
    writer.setLiveCommitData(SearchIndex.commitData(0, model));
    writer.commit();
    return new SearchIndex(
        path, directory, writer, new SearcherManager(writer, IndexSettings.searchers()), model);
  }

  /** The index's writer, or null when another process holds the lock. */
  private static IndexWriter tryWriter(Path path, Directory directory, String model)
      throws IOException {
    String problem;
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      problem = IndexFiles.check(directory, model);
      if (problem != null) {
        // what cannot be read cannot be kept: start from an empty folder
        for (String file : directory.listAll()) {
          if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
            directory.deleteFile(file);
          }
        }
      }
    } catch (LockObtainFailedException e) {
      return ownedElsewhere(path);
    }
    IndexWriter writer;
    try {
      writer =
          new IndexWriter(
              directory,
              IndexSettings.writer(
                  problem == null
                      ? IndexWriterConfig.OpenMode.APPEND
                      : IndexWriterConfig.OpenMode.CREATE));
    } catch (LockObtainFailedException e) {
      return ownedElsewhere(path);
    }
    if (problem != null) {
      log.warn("{}: rebuilding the search index at {} from the database", problem, path);
      writer.setLiveCommitData(SearchIndex.commitData(0, model));
      writer.commit();
    }
    return writer;
  }

  private static IndexWriter ownedElsewhere(Path path) {
    log.info(
        "The search index at {} is owned by {}; opening it read-only (this process writes the"
            + " database, the owner indexes)",
        path,
        IndexOwner.describe(path));
    return null;
  }
}
