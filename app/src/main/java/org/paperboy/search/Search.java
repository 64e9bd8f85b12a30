package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/**
 * Search over the papers: the index in {@code DATA/index}, kept in step with the database, the
 * embedding job, and the searches themselves. The package's one public entry.
 */
public final class Search implements AutoCloseable {
  private final SearchIndex index;
  private final PaperStore papers;
  private final EmbeddingStore embeddings;
  private final SearchService service;
  private final LazyEmbedder embedder;
  private final LocalDate embedSince;
  private final IndexUpkeep upkeep;
  private final TitleLookup titleLookup = new TitleLookup();

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
    this.index = SearchIndex.open(indexDir, model);
    if (index.isOwner()) {
      Rebuild.dropUnfinished(indexDir);
    }
    this.papers = papers;
    this.embeddings = new EmbeddingStore(db);
    this.embedder = new LazyEmbedder(embedder);
    this.upkeep = new IndexUpkeep(db, index, papers, embeddings, this.embedder, embedSince);
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
    return upkeep.catchUp();
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
    return upkeep.catchUpOrHandOver(wait);
  }

  /**
   * An indexer that follows a bulk import as it writes (see {@link BulkIndex}), on one thread a
   * core; null when another process owns the index (it catches up by itself).
   */
  public BulkIndex bulkIndex(BulkIndex.Failures failures) {
    return upkeep.bulkIndex(failures);
  }

  /**
   * Builds the index again from the database (owner only), beside the live one in {@code
   * DATA/index.next}, merged into one segment, then takes it over in one commit: searches see the
   * old index until then, and a rebuild stopped midway leaves the old one as it was (the next
   * rebuild starts afresh). Needs room on disk for the index three times over while it runs.
   */
  public long rebuild() {
    return upkeep.rebuild();
  }

  /**
   * Merges the index into one segment, so that a search walks one HNSW graph instead of one per
   * segment (owner only; minutes for a million papers). {@code index rebuild} ends with it.
   */
  public void optimize() {
    upkeep.optimize();
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
    return upkeep.embed(limit, progress, followAsItGoes);
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

  /**
   * For each title, in order, the ids of up to {@code perTitle} papers whose title holds all of its
   * words: the library import's title match for a whole file at once, which then compares titles
   * whole.
   */
  public List<List<String>> idsTitled(List<String> titles, int perTitle) {
    return titles.isEmpty() ? List.of() : titleLookup.ids(index, titles, perTitle);
  }

  /** The current vectors of these papers (those without one are left out), by id. */
  public Map<String, float[]> vectors(Collection<String> ids) {
    return embeddings.vectors(index.model(), ids);
  }

  /** Every current vector, in paper id order, streamed (read once per recommender run). */
  public void eachVector(BiConsumer<String, float[]> each) {
    embeddings.eachVector(index.model(), each);
  }

  /** How many papers have a vector. */
  public long vectorCount() {
    return embeddings.count(index.model());
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
   * Makes this process the index's owner for as long as it runs (the server): commands then write
   * the database only, and {@link #catchUp()} here indexes their papers.
   */
  public void serveIndex() {
    upkeep.ownAsServer();
  }

  /**
   * Embeds every paper still waiting for a vector, newest first, catching the index up as it goes
   * (the server's embedding job; nothing when another process owns the index). Returns how many.
   */
  public long embedWaiting() {
    return upkeep.embedWaiting();
  }

  @Override
  public void close() {
    service.close();
    embedder.close();
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
