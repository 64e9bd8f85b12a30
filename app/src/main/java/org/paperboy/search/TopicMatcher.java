package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.paperboy.paper.Paper;

/**
 * Matches saved searches (digest topics) against a small set of papers, such as the ones new since
 * yesterday, without touching the main index: the papers go into an index in memory, and their
 * stored vectors are compared with each topic's directly. A paper matches a topic when it passes
 * the topic's filters and either contains every word of it or lies within {@code minSimilarity} of
 * it in meaning.
 */
public final class TopicMatcher implements AutoCloseable {
  /** A paper that matches a topic: how close in meaning, and whether it has every word. */
  public record Match(String paperId, double similarity, boolean allWords) {
    /** Ranks matches: closeness in meaning, with a bonus for having every word. */
    public double score() {
      return similarity + (allWords ? 0.1 : 0);
    }
  }

  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryParser parser;
  private final List<String> ids = new ArrayList<>();
  private final float[][] vectors;
  private final double minSimilarity;
  private final Map<String, float[]> topicVectors = new HashMap<>();
  private final java.util.function.Function<List<String>, float[][]> embedder;

  TopicMatcher(
      Collection<Paper> papers,
      Map<String, float[]> paperVectors,
      java.util.function.Function<List<String>, float[][]> embedder,
      double minSimilarity) {
    this.parser = new QueryParser(PaperFields.analyzer());
    this.embedder = embedder;
    this.minSimilarity = minSimilarity;
    this.vectors = new float[papers.size()][];
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PaperFields.analyzer()))) {
      for (Paper p : papers) {
        Document doc = PaperFields.document(p, null);
        vectors[ids.size()] = paperVectors.get(p.id());
        ids.add(p.id());
        w.addDocument(doc); // doc ids follow insertion order in a fresh single-threaded index
      }
      w.forceMerge(1);
      w.commit();
      this.reader = DirectoryReader.open(dir);
      this.searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Embeds the topics in batches ahead of {@link #match}; topics not prepared are embedded there.
   */
  public void prepare(Collection<String> topicQueries) {
    java.util.Set<String> missing = new java.util.LinkedHashSet<>();
    for (String q : topicQueries) {
      String text = parser.parse(q).semanticText();
      if (!text.isBlank() && !topicVectors.containsKey(text)) {
        missing.add(text);
      }
    }
    List<String> texts = List.copyOf(missing);
    float[][] out = embedder.apply(texts);
    for (int i = 0; i < texts.size(); i++) {
      topicVectors.put(texts.get(i), out[i]);
    }
  }

  public int size() {
    return ids.size();
  }

  /** The papers that match the topic, best first, at most {@code limit}. */
  public List<Match> match(String topicQuery, int limit) {
    QueryParser.Parsed q = parser.parse(topicQuery);
    try {
      boolean[] allowed = allowed(q.filter());
      boolean[] allWords = new boolean[ids.size()];
      if (q.hasText()) {
        Query every = everyWord(q.text());
        for (ScoreDoc d : searcher.search(every, Math.max(1, ids.size())).scoreDocs) {
          allWords[d.doc] = allowed[d.doc];
        }
      }
      float[] topic = vector(q.semanticText());
      // a topic of filters alone ("source:biorxiv cat:neuroscience", "venue:ICLR") takes every
      // paper they let through
      boolean filtersOnly = !q.hasText() && q.filter() != null && topic == null;
      List<Match> out = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        if (!allowed[i]) {
          continue;
        }
        double similarity =
            topic == null || vectors[i] == null ? 0 : Vectors.dot(topic, vectors[i]);
        if (allWords[i] || filtersOnly || similarity >= minSimilarity) {
          out.add(new Match(ids.get(i), similarity, allWords[i]));
        }
      }
      out.sort((a, b) -> Double.compare(b.score(), a.score()));
      return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float[] vector(String text) {
    if (text.isBlank()) {
      return null;
    }
    return topicVectors.computeIfAbsent(text, t -> embedder.apply(List.of(t))[0]);
  }

  private boolean[] allowed(Query filter) throws IOException {
    boolean[] allowed = new boolean[ids.size()];
    if (filter == null) {
      java.util.Arrays.fill(allowed, true);
      return allowed;
    }
    for (ScoreDoc d : searcher.search(filter, Math.max(1, ids.size())).scoreDocs) {
      allowed[d.doc] = true;
    }
    return allowed;
  }

  /** The same words, each required: a topic's words all appear in a paper that matches by words. */
  private static Query everyWord(Query text) {
    if (!(text instanceof BooleanQuery b)) {
      return text;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(new MatchAllDocsQuery(), Occur.FILTER);
    b.clauses()
        .forEach(c -> all.add(c.query(), c.occur() == Occur.SHOULD ? Occur.MUST : c.occur()));
    return all.build();
  }

  @Override
  public void close() {
    try {
      reader.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
