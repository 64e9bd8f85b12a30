package org.paperboy.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RescoreTopNQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a search ranks the index's documents: newest first, by keywords (BM25F), by meaning (HNSW) or
 * both fused; each gives a page of documents, which {@link SearchService} turns into papers.
 */
final class Retrieval {
  private static final Logger log = LoggerFactory.getLogger(SearchService.class);

  /** How deep each ranking goes before fusion; also the HNSW candidates of a semantic search. */
  static final int FUSION_DEPTH = 100;

  static final float SEMANTIC_WEIGHT = 1.0f;
  static final int OVERSAMPLE = 2;

  private Retrieval() {}

  record Page(ScoreDoc[] docs, long total, boolean exact) {}

  /**
   * The {@code n} nearest papers: HNSW over the int8 vectors finds {@code OVERSAMPLE × n}
   * candidates, which are then scored again with the full-precision vectors, so that quantisation
   * does not decide between close neighbours.
   */
  static Query nearest(float[] vector, int n, Query filter) {
    return RescoreTopNQuery.createFullPrecisionRescorerQuery(
        new KnnFloatVectorQuery(PaperFields.VECTOR, vector, n * OVERSAMPLE, filter),
        vector,
        PaperFields.VECTOR,
        n);
  }

  /** Whether any paper in the index has a vector yet (none do before the first embedding). */
  static boolean hasVectors(IndexSearcher s) throws IOException {
    for (var leaf : s.getIndexReader().leaves()) {
      var values = leaf.reader().getFloatVectorValues(PaperFields.VECTOR);
      if (values != null && values.size() > 0) {
        return true;
      }
    }
    return false;
  }

  private static Page page(TopDocs top) {
    return new Page(
        top.scoreDocs,
        top.totalHits.value(),
        top.totalHits.relation() == TotalHits.Relation.EQUAL_TO);
  }

  private static Query filtered(Query query, Query filter) {
    if (filter == null) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private static final Sort NEWEST = newestFirst();

  private static Sort newestFirst() {
    SortField published = new SortField(PaperFields.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE); // undated papers last
    return new Sort(published);
  }

  static Page newest(IndexSearcher s, Query filter, int depth) throws IOException {
    return page(s.search(filtered(new MatchAllDocsQuery(), filter), depth, NEWEST));
  }

  static Page keyword(IndexSearcher s, QueryParser.Parsed q, int depth, SearchRequest.Sort sort)
      throws IOException {
    Query query = filtered(q.text(), q.filter());
    return page(
        sort == SearchRequest.Sort.NEWEST
            ? s.search(query, depth, NEWEST)
            : s.search(query, depth));
  }

  static Page semantic(
      IndexSearcher s, float[] vector, Query filter, int depth, SearchRequest.Sort sort)
      throws IOException {
    if (!hasVectors(s)) {
      return new Page(new ScoreDoc[0], 0, true);
    }
    TopDocs top = s.search(nearest(vector, Math.max(depth, FUSION_DEPTH), filter), depth);
    ScoreDoc[] docs = sort == SearchRequest.Sort.NEWEST ? byDate(s, top.scoreDocs) : top.scoreDocs;
    return new Page(docs, docs.length, false);
  }

  static Page hybrid(
      IndexSearcher s,
      QueryParser.Parsed q,
      CompletableFuture<float[]> vector,
      int depth,
      SearchRequest.Sort sort)
      throws IOException {
    int n = Math.max(FUSION_DEPTH, depth);
    TopDocs keyword = s.search(filtered(q.text(), q.filter()), n);
    float[] v = vector(vector);
    if (v == null || !hasVectors(s)) {
      return keyword(s, q, depth, sort);
    }
    TopDocs semantic = s.search(nearest(v, n, q.filter()), n);
    List<ScoreDoc> fused =
        Fusion.reciprocalRank(keyword.scoreDocs, semantic.scoreDocs, SEMANTIC_WEIGHT);
    ScoreDoc[] docs = fused.subList(0, Math.min(depth, fused.size())).toArray(ScoreDoc[]::new);
    if (sort == SearchRequest.Sort.NEWEST) {
      docs = byDate(s, fused.toArray(ScoreDoc[]::new));
      docs = Arrays.copyOf(docs, Math.min(depth, docs.length));
    }
    return new Page(docs, Math.max(keyword.totalHits.value(), fused.size()), false);
  }

  private static ScoreDoc[] byDate(IndexSearcher s, ScoreDoc[] docs) throws IOException {
    long[] days = new long[docs.length];
    for (int i = 0; i < docs.length; i++) {
      days[i] = DocValues.published(s, docs[i].doc);
    }
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (a, b) -> Long.compare(days[b], days[a]));
    ScoreDoc[] out = new ScoreDoc[docs.length];
    for (int i = 0; i < docs.length; i++) {
      out[i] = docs[order[i]];
    }
    return out;
  }

  /** The query's vector, or null when the embedder failed (the search falls back to keywords). */
  static float[] vector(CompletableFuture<float[]> vector) {
    try {
      return vector.join();
    } catch (CompletionException | CancellationException e) {
      log.warn(
          "Cannot embed the query ({}); answering with keyword search",
          e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      return null;
    }
  }
}
