package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;

class SnippetsTest {
  static Paper paper(String abstractText) {
    return Fixtures.paper("2401.00001", "Caches", abstractText, null);
  }

  @Test
  void theAbstractComesFromThePaperUnlessItChangedSinceIndexing() throws Exception {
    Paper indexed = paper("We page the cache to the host. Nothing else matters here.");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PaperFields.analyzer()))) {
        w.addDocument(PaperFields.document(indexed, null));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(reader);
        TermQuery cache = new TermQuery(new Term(PaperFields.ABSTRACT, "cach"));
        Snippets snippets = new Snippets(PaperFields.analyzer());
        assertThat(snippets.of(s, new int[] {0}, Map.of(0, indexed), cache)[0])
            .isEqualTo("We page the <mark>cache</mark> to the host.");
        // the database moved on before the index did: the offsets of the indexed text must not
        // mark another, and the index keeps no copy of it, so no snippet until it catches up
        Paper changed = paper("Rewritten entirely, and much longer: the cache is gone.");
        assertThat(snippets.of(s, new int[] {0}, Map.of(0, changed), cache)[0]).isNullOrEmpty();
        assertThat(DocValues.id(s, 0)).isEqualTo("2401.00001");
      }
    }
  }

  @Test
  void anIndexFromBeforeTheDocValuesStillGivesIdsAndSnippets() throws Exception {
    Paper indexed = paper("We page the cache to the host.");
    Document old = new Document();
    for (IndexableField f : PaperFields.document(indexed, null)) {
      if (!List.of(PaperFields.ID_VALUES, PaperFields.ABSTRACT_PRINT).contains(f.name())) {
        old.add(f);
      }
    }
    old.add(new StoredField(PaperFields.ABSTRACT, indexed.abstractText())); // stored back then
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PaperFields.analyzer()))) {
        w.addDocument(old);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(reader);
        assertThat(DocValues.id(s, 0)).isEqualTo("2401.00001");
        TermQuery cache = new TermQuery(new Term(PaperFields.ABSTRACT, "cach"));
        assertThat(new Snippets(PaperFields.analyzer()).of(s, new int[] {0}, Map.of(), cache)[0])
            .isEqualTo("We page the <mark>cache</mark> to the host.");
      }
      // and it takes documents of today's kind beside the old ones
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PaperFields.analyzer()))) {
        w.updateDocument(
            new Term(PaperFields.ID, "2401.00001"), PaperFields.document(indexed, null));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.numDocs()).isEqualTo(1);
        assertThat(DocValues.id(new IndexSearcher(reader), reader.maxDoc() - 1))
            .isEqualTo("2401.00001");
      }
    }
  }

  @Test
  void aLeadIsCutAtAWordAndEscaped() {
    assertThat(Snippets.lead("<b>" + "word ".repeat(100)))
        .startsWith("&lt;b&gt;word")
        .endsWith(" …");
    assertThat(Snippets.lead("x".repeat(400))).hasSize(302);
  }
}
