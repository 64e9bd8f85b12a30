package org.paperboy.search;

import java.util.Locale;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.paperboy.paper.Paper;
import org.paperboy.paper.TitleKey;

/** The filters of {@code source:} and {@code venue:}. */
final class SourceFilters {
  private SourceFilters() {}

  /**
   * {@code source:biorxiv} and the like; {@code source:arxiv} is every paper of no other server
   * (arXiv papers carry no source term, so an index built before sources existed needs no rebuild).
   * An unknown server matches nothing.
   */
  static Query source(String value) {
    String server = value.strip().toLowerCase(Locale.ROOT);
    if (!Paper.SERVERS.contains(server)) {
      return new MatchNoDocsQuery("no server " + server);
    }
    if (!server.equals("arxiv")) {
      return new TermQuery(new Term(PaperFields.SOURCE, server));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
    for (String other : Paper.SERVERS) {
      if (!other.equals("arxiv")) {
        b.add(new TermQuery(new Term(PaperFields.SOURCE, other)), Occur.MUST_NOT);
      }
    }
    return b.build();
  }

  /** {@code venue:ICLR} (any year) or {@code venue:"ICLR 2025"}, in any capitals. */
  static Query venue(String value) {
    String key = TitleKey.of(value);
    return key.isEmpty()
        ? new MatchNoDocsQuery("empty venue")
        : new TermQuery(new Term(PaperFields.VENUE, key));
  }
}
