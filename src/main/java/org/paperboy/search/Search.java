package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over the papers: the index in {@code DATA/index}, kept in step with the database, the
 * embedding job, and the searches themselves. The package's one public entry.
 */
public final class Search implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Search.class);

  private final SearchIndex index;
  private final PaperStore papers;
  private final EmbeddingStore embeddings;
  private final IndexSync sync;
  private final SearchService service;
  private final LazyEmbedder embedder;
  private final LocalDate embedSince;
  private final Database db;
  private ScheduledExecutorService background;

  /**
   * What the index holds, for {@code stats}: {@code waitingForEmbedding} papers will get a vector,
   * newest first; {@code keywordOnly} are older than {@code PAPERBOY_EMBED_SINCE} and will not.
   */
  public record Stats(
      int indexed,
      long embedded,
      long waitingForEmbedding,
      long indexBytes,
      boolean owner,
      long keywordOnly) {}

  /**
   * @param embedder makes the embedder on first use (loading a model takes a second and memory that
   *     a keyword search does not need)
   */
  public Search(
      Database db, PaperStore papers, Path indexDir, String model, Supplier<Embedder> embedder) {
    this(db, papers, indexDir, model, embedder, null);
  }

  /**
   * @param embedSince papers published before this day are not embedded: keyword search only (null:
   *     every paper is embedded)
   */
  public Search(
      Database db,
      PaperStore papers,
      Path indexDir,
      String model,
      Supplier<Embedder> embedder,
      LocalDate embedSince) {
    this.embedSince = embedSince;
    this.db = db;
    this.index = SearchIndex.open(indexDir, model);
    if (index.isOwner()) {
      Rebuild.dropUnfinished(indexDir);
    }
    this.papers = papers;
    this.embeddings = new EmbeddingStore(db);
    this.sync = new IndexSync(papers, embeddings, index);
    this.embedder = new LazyEmbedder(embedder);
    this.service = new SearchService(index, papers, embeddings, this.embedder);
  }

  /**
   * A matcher of saved searches against these papers (the new ones of a digest), with their stored
   * vectors; papers without one match by words only.
   */
  public TopicMatcher topicMatcher(Collection<Paper> papers, double minSimilarity) {
    Map<String, float[]> vectors =
        embeddings.vectors(index.model(), papers.stream().map(Paper::id).toList());
    return new TopicMatcher(papers, vectors, service::embedQueries, minSimilarity);
  }

  public boolean ownsIndex() {
    return index.isOwner();
  }

  /** Indexes what changed in the database since the last time; returns how many papers. */
  public long catchUp() {
    try {
      return sync.catchUp();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What became of the index after a command wrote papers. */
  public sealed interface Indexing {
    /** This process indexed them (it owned the index, or took it over from a command). */
    record Here(long papers) implements Indexing {}

    /** The owner named indexes them: the server, or a command still running after the wait. */
    record ByOwner(String owner) implements Indexing {}
  }

  /**
   * Indexes what changed, here when this process owns the index. When the server owns it, the
   * server does. When another command owns it, this one waits (up to {@code wait}) for it to finish
   * and then takes the index over to index what that command's catch-up did not see.
   */
  public Indexing catchUpOrHandOver(java.time.Duration wait) {
    if (index.isOwner()) {
      return new Indexing.Here(catchUp());
    }
    return IndexHandOver.afterOwner(index, papers, embeddings, wait);
  }

  /**
   * An indexer that follows a bulk import as it writes (see {@link BulkIndex}), on one thread a
   * core; null when another process owns the index (it catches up by itself).
   */
  public BulkIndex bulkIndex(BulkIndex.Failures failures) {
    if (!index.isOwner()) {
      return null;
    }
    try {
      // every change numbered up to `handedOut` is committed and visible: once caught up, the
      // index holds them all, whether or not their numbers still belong to a paper
      long handedOut = db.lastSeq();
      catchUp();
      return new BulkIndex(
          index,
          embeddings,
          failures,
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          Math.max(handedOut, index.committedSeq()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds the index again from the database (owner only), beside the live one in {@code
   * DATA/index.next}, merged into one segment, then takes it over in one commit: searches see the
   * old index until then, and a rebuild stopped midway leaves the old one as it was (the next
   * rebuild starts afresh). Needs room on disk for the index three times over while it runs.
   */
  public long rebuild() {
    if (!index.isOwner()) {
      throw new IllegalStateException(
          "another process (the server?) owns the index at " + index.path() + "; stop it first");
    }
    long n = Rebuild.besideTheLiveIndex(index, papers, embeddings);
    catchUp(); // what changed while it was built
    return n;
  }

  /**
   * Merges the index into one segment, so that a search walks one HNSW graph instead of one per
   * segment (owner only; minutes for a million papers). {@code index rebuild} ends with it.
   */
  public void optimize() {
    if (!index.isOwner()) {
      return;
    }
    try {
      long start = System.nanoTime();
      index.forceMerge();
      log.info(
          "Merged the index into one segment in {} s",
          (System.nanoTime() - start) / 1_000_000_000L);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Embeds the newest papers still without a vector, at most {@code limit}; the index follows every
   * few seconds when this process owns it.
   */
  public long embed(long limit, EmbedProgress progress) {
    return embed(limit, progress, true);
  }

  /**
   * Like {@link #embed(long, EmbedProgress)}; without {@code followAsItGoes} the index is left as
   * it is, to take the new vectors at its next catch-up (a bulk job that rebuilds it anyway).
   */
  public long embed(long limit, EmbedProgress progress, boolean followAsItGoes) {
    long[] lastSync = {System.nanoTime()};
    Runnable syncNow =
        () -> {
          if (followAsItGoes
              && index.isOwner()
              && System.nanoTime() - lastSync[0] > 10_000_000_000L) {
            catchUp();
            lastSync[0] = System.nanoTime();
          }
        };
    long done =
        new EmbedJob(embeddings, embedder.get(), embedSince).run(limit, progress::update, syncNow);
    if (followAsItGoes && index.isOwner()) {
      catchUp();
    }
    return done;
  }

  /** Hears how the embedding job goes. */
  @FunctionalInterface
  public interface EmbedProgress {
    void update(long done, long total, double perSecond);
  }

  public SearchResults search(SearchRequest request) {
    try {
      return service.search(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The papers nearest in meaning to a stored paper, itself left out. A paper without a vector yet
   * gets the papers that share its title's words instead, so the answer is never empty for lack of
   * an embedding; the paper page, the API and {@code search --similar} all ask here.
   */
  public List<SearchResults.Hit> similar(String id, int limit) {
    int n = Math.max(1, Math.min(limit, SearchRequest.MAX_LIMIT));
    try {
      List<SearchResults.Hit> hits = service.similar(id, n);
      if (!hits.isEmpty()) {
        return hits;
      }
      Optional<Paper> paper = papers.find(id);
      if (paper.isEmpty()) {
        return List.of();
      }
      SearchRequest byTitle =
          new SearchRequest(
              paper.get().title(),
              SearchRequest.Mode.KEYWORD,
              SearchRequest.Sort.RELEVANCE,
              Math.min(n + 1, SearchRequest.MAX_LIMIT),
              0);
      return service.search(byTitle).hits().stream()
          .filter(h -> !h.paper().id().equals(id))
          .limit(n)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Stats stats() {
    long waiting = embeddings.countPending(embedSince);
    return new Stats(
        index.size(),
        embeddings.count(index.model()),
        waiting,
        index.bytesOnDisk(),
        index.isOwner(),
        embedSince == null ? 0 : embeddings.countPending(null) - waiting);
  }

  /**
   * Follows the database every few seconds and embeds new papers, in the background (the server).
   */
  public synchronized void startBackground() {
    if (background != null) {
      return;
    }
    index.ownAsServer();
    background =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("paperboy-index").unstarted(r));
    background.scheduleWithFixedDelay(
        () -> {
          try {
            catchUp();
            if (index.isOwner()) {
              embed(Long.MAX_VALUE, (done, total, rate) -> {});
            }
          } catch (RuntimeException e) {
            if (!background.isShutdown()) { // stopping interrupts a batch: nothing to report
              log.warn("Index upkeep failed; trying again shortly: {}", e.getMessage());
            }
          }
        },
        0,
        5,
        TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    synchronized (this) {
      if (background != null) {
        background.shutdownNow();
        try {
          background.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    service.close();
    embedder.close();
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
