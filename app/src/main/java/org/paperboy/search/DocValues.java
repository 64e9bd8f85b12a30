package org.paperboy.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;

/** Reads per-document values by top-level doc id. */
final class DocValues {
  private DocValues() {}

  /** The paper id of a document: from its doc values, or its stored field in an older index. */
  static String id(IndexSearcher s, int doc) throws IOException {
    LeafReaderContext leaf = leaf(s, doc);
    SortedDocValues values = leaf.reader().getSortedDocValues(PaperFields.ID_VALUES);
    if (values != null && values.advanceExact(doc - leaf.docBase)) {
      return values.lookupOrd(values.ordValue()).utf8ToString();
    }
    return s.storedFields().document(doc, Set.of(PaperFields.ID)).get(PaperFields.ID);
  }

  /** The fingerprint of the abstract a document was indexed with, 0 in an older index. */
  static long abstractPrint(IndexSearcher s, int doc) throws IOException {
    return number(s, doc, PaperFields.ABSTRACT_PRINT, 0);
  }

  /** The first-version day of a document, or {@code Long.MIN_VALUE} without one. */
  static long published(IndexSearcher s, int doc) throws IOException {
    return number(s, doc, PaperFields.PUBLISHED, Long.MIN_VALUE);
  }

  private static long number(IndexSearcher s, int doc, String field, long missing)
      throws IOException {
    LeafReaderContext leaf = leaf(s, doc);
    NumericDocValues values = leaf.reader().getNumericDocValues(field);
    return values != null && values.advanceExact(doc - leaf.docBase) ? values.longValue() : missing;
  }

  private static LeafReaderContext leaf(IndexSearcher s, int doc) {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }
}
