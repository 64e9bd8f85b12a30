package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.Fixtures;

/** A one-segment index split into one slice a core finds exactly what the whole segment finds. */
class PartitionedSearchTest {
  static final String[] WORDS = {
    "graph", "neural", "quantum", "sparse", "attention", "kernel", "entropy", "lattice", "proof"
  };

  @Test
  void splittingOneSegmentIntoSlicesChangesNoResult() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w =
          new IndexWriter(dir, IndexSettings.writer(IndexWriterConfig.OpenMode.CREATE))) {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 3_000; i++) {
          w.addDocument(
              PaperFields.document(
                  Fixtures.paper("p" + i, words(r, 4), words(r, 40), "2024-01-01"), null));
        }
        w.forceMerge(1);
        w.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher whole = new IndexSearcher(reader);
        IndexSearcher split =
            new IndexSearcher(reader, pool) {
              @Override
              protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return IndexSettings.partitioned(leaves, 2, 100);
              }
            };
        assertThat(reader.leaves()).hasSize(1);
        assertThat(split.getSlices()).hasSize(2);
        QueryParser parser = new QueryParser(PaperFields.analyzer());
        for (String q :
            List.of("graph neural", "quantum", "\"sparse attention\"", "kernel -proof")) {
          Query query = parser.parse(q).text();
          assertThat(ids(split.search(query, 10), split))
              .as(q)
              .isEqualTo(ids(whole.search(query, 10), whole));
          assertThat(split.count(query)).isEqualTo(whole.count(query));
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> ids(TopDocs top, IndexSearcher s) throws Exception {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) {
      out.add(s.storedFields().document(d.doc).get(PaperFields.ID) + "@" + d.score);
    }
    return out;
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
    return b.toString().strip();
  }
}
