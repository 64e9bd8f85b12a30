package org.paperboy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs searches: keyword (BM25F), semantic (HNSW), hybrid (fused), newest, similar. */
final class SearchService {
  private static final Logger log = LoggerFactory.getLogger(SearchService.class);

  /** How deep each ranking goes before fusion; also the HNSW candidates of a semantic search. */
  static final int FUSION_DEPTH = 100;

  static final float SEMANTIC_WEIGHT = 1.0f;
  static final int OVERSAMPLE = 2;

  private final SearchIndex index;
  private final PaperStore papers;
  private final EmbeddingStore embeddings;
  private final Analyzer analyzer = PaperFields.analyzer();
  private final QueryParser parser = new QueryParser(analyzer);
  private final QueryBatcher queries;
  private final Snippets highlighter = new Snippets(analyzer);

  SearchService(
      SearchIndex index,
      PaperStore papers,
      EmbeddingStore embeddings,
      Supplier<Embedder> embedder) {
    this.index = index;
    this.papers = papers;
    this.embeddings = embeddings;
    this.queries = new QueryBatcher(embedder);
  }

  SearchResults search(SearchRequest r) throws IOException {
    long start = System.nanoTime();
    QueryParser.Parsed q = parser.parse(r.query());
    int depth = r.offset() + r.limit();
    boolean semantic = r.mode() != SearchRequest.Mode.KEYWORD && !q.semanticText().isBlank();
    // the query is embedded while the keyword search runs: two cores, two jobs
    CompletableFuture<float[]> vector =
        semantic ? queries.embed(q.semanticText()) : CompletableFuture.completedFuture(null);
    return index.withSearcher(
        s -> {
          Page page;
          if (!q.hasText() && !semantic) {
            page = newest(s, q.filter(), depth);
          } else if (!semantic) {
            page = keyword(s, q, depth, r.sort());
          } else if (r.mode() == SearchRequest.Mode.SEMANTIC || !q.hasText()) {
            float[] v = vector(vector);
            page =
                v == null
                    ? keyword(s, q, depth, r.sort())
                    : semantic(s, v, q.filter(), depth, r.sort());
          } else {
            page = hybrid(s, q, vector, depth, r.sort());
          }
          ScoreDoc[] docs =
              Arrays.copyOfRange(
                  page.docs, Math.min(r.offset(), page.docs.length), page.docs.length);
          List<SearchResults.Hit> hits = hits(s, docs, q.text());
          return new SearchResults(hits, page.total, page.exact, (System.nanoTime() - start) / 1e6);
        });
  }

  /** The query's vector, or null when the embedder failed (the search falls back to keywords). */
  private static float[] vector(CompletableFuture<float[]> vector) {
    try {
      return vector.join();
    } catch (CompletionException | CancellationException e) {
      log.warn(
          "Cannot embed the query ({}); answering with keyword search",
          e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
      return null;
    }
  }

  float[][] embedQueries(List<String> texts) {
    return queries.embedAll(texts);
  }

  void close() {
    queries.close();
  }

  /** Papers nearest to the paper's own vector, itself excluded; empty when it has no vector. */
  List<SearchResults.Hit> similar(String id, int limit) throws IOException {
    float[] vector = embeddings.vectors(index.model(), List.of(id)).get(id);
    if (vector == null) {
      return List.of();
    }
    Query notItself =
        new BooleanQuery.Builder()
            .add(new MatchAllDocsQuery(), Occur.FILTER)
            .add(new TermQuery(new Term(PaperFields.ID, id)), Occur.MUST_NOT)
            .build();
    return index.withSearcher(
        s ->
            hasVectors(s)
                ? hits(
                    s,
                    s.search(nearest(vector, Math.max(limit, FUSION_DEPTH), notItself), limit)
                        .scoreDocs,
                    null)
                : List.of());
  }

  private record Page(ScoreDoc[] docs, long total, boolean exact) {}

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

  private static Page newest(IndexSearcher s, Query filter, int depth) throws IOException {
    return page(s.search(filtered(new MatchAllDocsQuery(), filter), depth, NEWEST));
  }

  private static Page keyword(
      IndexSearcher s, QueryParser.Parsed q, int depth, SearchRequest.Sort sort)
      throws IOException {
    Query query = filtered(q.text(), q.filter());
    return page(
        sort == SearchRequest.Sort.NEWEST
            ? s.search(query, depth, NEWEST)
            : s.search(query, depth));
  }

  private static Page semantic(
      IndexSearcher s, float[] vector, Query filter, int depth, SearchRequest.Sort sort)
      throws IOException {
    if (!hasVectors(s)) {
      return new Page(new ScoreDoc[0], 0, true);
    }
    TopDocs top = s.search(nearest(vector, Math.max(depth, FUSION_DEPTH), filter), depth);
    ScoreDoc[] docs = sort == SearchRequest.Sort.NEWEST ? byDate(s, top.scoreDocs) : top.scoreDocs;
    return new Page(docs, docs.length, false);
  }

  private static Page hybrid(
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

  private List<SearchResults.Hit> hits(IndexSearcher s, ScoreDoc[] docs, Query textQuery)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    int[] docIds = new int[docs.length];
    List<String> ids = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      docIds[i] = docs[i].doc;
      ids.add(DocValues.id(s, docs[i].doc));
    }
    Map<String, Paper> found = papers.findAll(ids);
    Map<Integer, Paper> byDoc = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      Paper p = found.get(ids.get(i));
      if (p != null) {
        byDoc.put(docIds[i], p);
      }
    }
    String[] snippets = highlighter.of(s, docIds, byDoc, textQuery);
    List<SearchResults.Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Paper p = byDoc.get(docIds[i]);
      if (p != null) { // gone from the database since it was indexed
        String snippet = snippets[i] != null ? snippets[i] : Snippets.lead(p.abstractText());
        hits.add(new SearchResults.Hit(p, docs[i].score, snippet));
      }
    }
    return hits;
  }
}
