package org.paperboy.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.paperboy.paper.Paper;
import org.paperboy.paper.TitleKey;
import org.paperboy.paper.Venue;

/**
 * How a paper becomes a Lucene document: English analysis with stemming for title and abstract,
 * plain lower-cased words for authors, exact terms for the id and categories, points and doc values
 * for dates, and the embedding for nearest-neighbour search.
 */
final class PaperFields {
  static final String ID = "id";

  /**
   * The id again, as sorted doc values: a field of its own, because an index written before it
   * existed has {@code id} without doc values, and Lucene refuses to change a field's kind.
   */
  static final String ID_VALUES = "id_values";

  static final String ABSTRACT_PRINT = "abstract_print";
  static final String TITLE = "title";
  static final String ABSTRACT = "abstract";
  static final String AUTHORS = "authors";
  static final String CATEGORY = "category";
  static final String PUBLISHED = "published"; // epoch day, point and doc values
  static final String YEAR = "year";
  static final String VECTOR = "vector";

  /** The server, for papers not from arXiv only: {@code source:arxiv} is the absence of it. */
  static final String SOURCE = "source";

  /** The venue's name and its series, as {@link org.paperboy.paper.TitleKey} writes them. */
  static final String VENUE = "venue";

  static final String HAS_VECTOR = "has_vector";

  /** Title and abstract with offsets in the postings, so that snippets need no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private PaperFields() {}

  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new EnglishAnalyzer(),
        Map.of(
            AUTHORS,
            new StandardAnalyzer(),
            ID,
            new KeywordAnalyzer(),
            CATEGORY,
            new KeywordAnalyzer()));
  }

  static Document document(Paper p, float[] vector) {
    Document d = new Document();
    d.add(new StringField(ID, p.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(ID_VALUES, new BytesRef(p.id())));
    d.add(new NumericDocValuesField(ABSTRACT_PRINT, fingerprint(p.abstractText())));
    d.add(new Field(TITLE, p.title(), TEXT_WITH_OFFSETS));
    d.add(new Field(ABSTRACT, p.abstractText(), TEXT_WITH_OFFSETS));
    for (String author : p.authors()) {
      d.add(new TextField(AUTHORS, author, Field.Store.NO));
    }
    for (String category : p.categories()) {
      d.add(new StringField(CATEGORY, category, Field.Store.NO));
    }
    if (!p.server().equals("arxiv")) {
      d.add(new StringField(SOURCE, p.server(), Field.Store.NO));
    }
    Venue venue = Venue.effective(p);
    if (venue != null) {
      d.add(new StringField(VENUE, TitleKey.of(venue.name()), Field.Store.NO));
      d.add(new StringField(VENUE, TitleKey.of(venue.series()), Field.Store.NO));
    }
    if (p.published() != null) {
      long day = p.published().toEpochDay();
      d.add(new LongPoint(PUBLISHED, day));
      d.add(new NumericDocValuesField(PUBLISHED, day));
      d.add(new IntPoint(YEAR, p.published().getYear()));
    }
    if (vector != null) {
      d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
      d.add(new StringField(HAS_VECTOR, "1", Field.Store.NO));
    }
    return d;
  }

  /** Tells one text from another well enough to know the index holds the text a paper has now. */
  static long fingerprint(String text) {
    return ((long) text.length() << 32) | (text.hashCode() & 0xffffffffL);
  }

  /**
   * Not stored: snippets take the text from the database (Snippets), and compressing a stored copy
   * of every abstract was a tenth of the import's indexing time and a third of the index's size.
   */
  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
