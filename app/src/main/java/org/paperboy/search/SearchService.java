package org.paperboy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Runs searches: keyword (BM25F), semantic (HNSW), hybrid (fused), newest, similar. */
final class SearchService {

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
          Retrieval.Page page;
          if (!q.hasText() && !semantic) {
            page = Retrieval.newest(s, q.filter(), depth);
          } else if (!semantic) {
            page = Retrieval.keyword(s, q, depth, r.sort());
          } else if (r.mode() == SearchRequest.Mode.SEMANTIC || !q.hasText()) {
            float[] v = Retrieval.vector(vector);
            page =
                v == null
                    ? Retrieval.keyword(s, q, depth, r.sort())
                    : Retrieval.semantic(s, v, q.filter(), depth, r.sort());
          } else {
            page = Retrieval.hybrid(s, q, vector, depth, r.sort());
          }
          ScoreDoc[] docs =
              Arrays.copyOfRange(
                  page.docs(), Math.min(r.offset(), page.docs().length), page.docs().length);
          List<SearchResults.Hit> hits = hits(s, docs, q.text());
          return new SearchResults(
              hits, page.total(), page.exact(), (System.nanoTime() - start) / 1e6);
        });
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
            Retrieval.hasVectors(s)
                ? hits(
                    s,
                    s.search(
                            Retrieval.nearest(
                                vector, Math.max(limit, Retrieval.FUSION_DEPTH), notItself),
                            limit)
                        .scoreDocs,
                    null)
                : List.of());
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
