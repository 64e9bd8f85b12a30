package org.paperboy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.paperboy.paper.Paper;

/**
 * The highlighted passages of the abstracts on a page of results, as HTML with {@code <mark>}.
 *
 * <p>Term offsets come from the index's postings, the text from the papers already read from the
 * database: decompressing the index's stored abstracts was a fifth of a search page's CPU under
 * load, and the index no longer stores them. A paper whose abstract changed since it was indexed
 * (its fingerprint in the index differs) gets no snippet until the index catches up (seconds), so
 * the offsets never mark another text; an index written before keeps its stored copies and uses
 * them.
 */
final class Snippets {
  private static final int SNIPPET_CHARS = 300;
  private static final int MAX_CHARS = 20_000;
  private static final PassageScorer SCORER = new FewMatchesScorer();

  private final Analyzer analyzer;

  Snippets(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A snippet for each document, null where nothing in its abstract matched. */
  String[] of(IndexSearcher s, int[] docIds, Map<Integer, Paper> byDoc, Query textQuery)
      throws IOException {
    if (textQuery == null) {
      return new String[docIds.length];
    }
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(s, analyzer)
            .withFieldMatcher(
                field -> field.equals(PaperFields.ABSTRACT) || field.equals(PaperFields.TITLE))
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withScorer(SCORER)
            .withMaxLength(MAX_CHARS)
            // term offsets straight from the postings; matching the whole query again for every
            // document (weight matches) was half the CPU of a search page
            .withWeightMatches(false)
            .withHighlightPhrasesStrictly(true)
            // passages end at full stops: the JDK's sentence iterator costs a fifth of a search
            .withBreakIterator(() -> new CustomSeparatorBreakIterator('.'));
    UnifiedHighlighter highlighter = new FromDatabase(builder, s, byDoc);
    Map<String, String[]> result =
        highlighter.highlightFields(
            new String[] {PaperFields.ABSTRACT}, textQuery, docIds, new int[] {2});
    String[] snippets = result.get(PaperFields.ABSTRACT);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = snippets[i] == null ? null : snippets[i].strip();
    }
    return snippets;
  }

  /** A highlighter that takes each abstract from its paper when the index holds the same text. */
  private static final class FromDatabase extends UnifiedHighlighter {
    private final IndexSearcher s;
    private final Map<Integer, Paper> byDoc;

    FromDatabase(Builder builder, IndexSearcher s, Map<Integer, Paper> byDoc) {
      super(builder);
      this.s = s;
      this.byDoc = byDoc;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> out = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        CharSequence[] values = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          values[f] = cut(text(doc, fields[f]));
        }
        out.add(values);
      }
      return out;
    }

    private String text(int doc, String field) throws IOException {
      Paper p = byDoc.get(doc);
      if (p != null
          && field.equals(PaperFields.ABSTRACT)
          && DocValues.abstractPrint(s, doc) == PaperFields.fingerprint(p.abstractText())) {
        return p.abstractText();
      }
      String stored = s.storedFields().document(doc, Set.of(field)).get(field);
      return stored == null ? "" : stored;
    }

    private static String cut(String text) {
      return text.length() <= MAX_CHARS ? text : text.substring(0, MAX_CHARS);
    }
  }

  /**
   * Lucene's passage score (BM25 over the passage's distinct terms, early passages preferred)
   * without a hash table of 32 KB blocks for every passage: a passage holds a handful of matches.
   */
  private static final class FewMatchesScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      float score = 0;
      for (int i = 0; i < n; i++) {
        if (seenBefore(terms, i)) {
          continue;
        }
        int inPassage = 1;
        for (int j = i + 1; j < n; j++) {
          if (Objects.equals(terms[j], terms[i])) {
            inPassage++;
          }
        }
        score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
      }
      return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
      for (int j = 0; j < i; j++) {
        if (Objects.equals(terms[j], terms[i])) {
          return true;
        }
      }
      return false;
    }
  }

  /** The first sentences of an abstract, HTML-escaped, when nothing in it matched. */
  static String lead(String text) {
    if (text.length() <= SNIPPET_CHARS) {
      return escape(text);
    }
    int end = text.lastIndexOf(' ', SNIPPET_CHARS);
    end = end > 0 ? end : text.offsetByCodePoints(0, text.codePointCount(0, SNIPPET_CHARS));
    return escape(text.substring(0, end)) + " …";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#x27;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
