package org.paperboy.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index in {@code DATA/index}, derived from the database. Exactly one process owns its
 * {@link IndexWriter} (Lucene's write lock decides which); the others open it read-only and see
 * each commit the owner makes. Every commit records the change-sequence number it is complete up to
 * and the embedding model its vectors came from.
 */
public final class SearchIndex implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
  static final String SEQ = "paperboy.seq";
  static final String MODEL = "paperboy.model";

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer; // null when another process owns the index
  private final SearcherManager searchers;
  private final String model;

  SearchIndex(
      Path path, Directory directory, IndexWriter writer, SearcherManager searchers, String model) {
    this.path = path;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.model = model;
  }

  /**
   * Opens the index, owning it when no other process does. A missing or unreadable index, or one
   * built with another embedding model, is created afresh (and so rebuilt from the database) when
   * this process owns it.
   */
  public static SearchIndex open(Path path, String model) {
    return IndexOpener.open(path, model, IndexOpener.OPEN_WAIT);
  }

  /** Opens the index's folder as Lucene sees it; a test puts a full disk in between. */
  static volatile java.util.function.UnaryOperator<Directory> folders = d -> d;

  static Iterable<Map.Entry<String, String>> commitData(long seq, String model) {
    return Map.of(SEQ, Long.toString(seq), MODEL, model).entrySet();
  }

  /** Names this process the server in the owner file, when it owns the index. */
  void ownAsServer() {
    if (writer != null) {
      IndexOwner.claim(path, IndexOwner.SERVER);
    }
  }

  public boolean isOwner() {
    return writer != null;
  }

  public Path path() {
    return path;
  }

  String model() {
    return model;
  }

  /** Adds or replaces the papers' documents (owner only). */
  void update(List<Document> documents) throws IOException {
    for (Document d : documents) {
      String refused = index(d, false);
      if (refused != null) {
        log.warn("Paper {} cannot be indexed and is left out: {}", d.get(PaperFields.ID), refused);
      }
    }
  }

  /**
   * Adds one paper's document ({@code isNew}: no older copy can be in the index) or replaces its
   * older copy. Returns why Lucene refused the document (a term longer than it allows, say), or
   * null: a refused document is left out and the writer goes on. Trouble writing (a full disk) is
   * thrown.
   */
  String index(Document d, boolean isNew) throws IOException {
    try {
      if (isNew) {
        writer.addDocument(d);
      } else {
        writer.updateDocument(new Term(PaperFields.ID, d.get(PaperFields.ID)), d);
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    } catch (AlreadyClosedException e) {
      // another thread's write broke the writer (a full disk): say what broke it, not that it
      // is closed
      Throwable tragic = writer.getTragicException();
      if (tragic instanceof IOException io) {
        throw new IOException(io.getMessage(), io);
      }
      throw e;
    }
  }

  /** Commits everything up to change number {@code seq} and makes it searchable (owner only). */
  void commit(long seq) throws IOException {
    writer.setLiveCommitData(commitData(seq, model));
    writer.commit();
    searchers.maybeRefresh();
  }

  /**
   * Takes over the documents of an index built aside, complete up to change number {@code seq}
   * (owner only). One commit drops the old documents and adds the new: a reader sees the old index
   * until that commit and the new one after it, and a crash before it keeps the old one.
   */
  void replaceWith(Path built, long seq) throws IOException {
    try (Directory source = FSDirectory.open(built)) {
      writer.deleteAll();
      writer.addIndexes(source);
      commit(seq);
    }
  }

  /** The change number the last commit is complete up to. */
  long committedSeq() throws IOException {
    if (writer != null) {
      for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
        if (e.getKey().equals(SEQ)) {
          return Long.parseLong(e.getValue());
        }
      }
      return 0;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return Long.parseLong(reader.getIndexCommit().getUserData().getOrDefault(SEQ, "0"));
    }
  }

  /** Sees the newest commit (a reader of another process's index) or the newest changes. */
  void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** Runs the work with a searcher that is released afterwards, whatever happens. */
  <T> T withSearcher(SearcherWork<T> work) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return work.run(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Work with a searcher. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /** Documents in the index. */
  public int size() {
    try {
      return withSearcher(s -> s.getIndexReader().numDocs());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes on disk. */
  public long bytesOnDisk() {
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Merges the index into one segment: the fastest to search (owner only; slow on big ones). */
  void forceMerge() throws IOException {
    writer.forceMerge(1);
    writer.commit();
    searchers.maybeRefresh();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    if (writer != null) {
      writer.close();
      IndexOwner.release(path);
    }
    directory.close();
  }
}
