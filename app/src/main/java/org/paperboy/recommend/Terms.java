package org.paperboy.recommend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a paper for keyword similarity: English analysis with stemming and stop words (the
 * search index's analysis of titles), counted. A paper's terms weighted by {@link Idf} make a
 * sparse unit vector.
 */
final class Terms {
  private static final ThreadLocal<Analyzer> ANALYZER =
      ThreadLocal.withInitial(EnglishAnalyzer::new);

  private Terms() {}

  /** How often each stemmed word occurs in the text. */
  static Map<String, Integer> count(String text) {
    Map<String, Integer> out = new HashMap<>();
    try (TokenStream ts = ANALYZER.get().tokenStream("t", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1) {
          out.merge(term.toString(), 1, Integer::sum);
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * A paper's words for similarity: its title, and its abstract when that is not the title again.
   */
  static String text(String title, String abstractText) {
    if (abstractText == null
        || abstractText.isBlank()
        || abstractText.strip().equals(title.strip())) {
      return title;
    }
    return title + ". " + abstractText;
  }
}
