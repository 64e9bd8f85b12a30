package org.paperboy.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/** Reads per-document values by top-level doc id. */
final class DocValues {
  private DocValues() {}

  /** The first-version day of a document, or {@code Long.MIN_VALUE} without one. */
  static long published(IndexSearcher s, int doc) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues values = leaf.reader().getNumericDocValues(PaperFields.PUBLISHED);
    int local = doc - leaf.docBase;
    return values != null && values.advanceExact(local) ? values.longValue() : Long.MIN_VALUE;
  }
}
