package org.paperboy.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Papers whose title holds every word of a given title, for many titles at once: each is one
 * conjunction over the title field read straight from the index under one searcher (no parsing,
 * snippets or database rows), so a library of 20,000 entries costs seconds, not minutes.
 */
final class TitleLookup {
  /** Words of a title used at most: the rarest of them decide anyway. */
  private static final int MAX_WORDS = 32;

  private final Analyzer analyzer = PaperFields.analyzer();

  /** For each title (in order), the ids of up to {@code perTitle} papers holding all its words. */
  List<List<String>> ids(SearchIndex index, List<String> titles, int perTitle) {
    try {
      return index.withSearcher(
          s -> {
            List<List<String>> out = new ArrayList<>(titles.size());
            for (String title : titles) {
              out.add(lookup(s, title, perTitle));
            }
            return out;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> lookup(IndexSearcher s, String title, int perTitle) throws IOException {
    Set<String> terms = terms(title);
    if (terms.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms) {
      q.add(new TermQuery(new Term(PaperFields.TITLE, t)), BooleanClause.Occur.MUST);
    }
    List<String> ids = new ArrayList<>();
    for (ScoreDoc d : s.search(q.build(), perTitle).scoreDocs) {
      ids.add(DocValues.id(s, d.doc));
    }
    return ids;
  }

  private Set<String> terms(String title) throws IOException {
    Set<String> terms = new LinkedHashSet<>();
    if (title == null) {
      return terms;
    }
    try (TokenStream ts = analyzer.tokenStream(PaperFields.TITLE, title)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && terms.size() < MAX_WORDS) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }
}
