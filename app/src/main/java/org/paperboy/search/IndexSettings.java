package org.paperboy.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/** How the index is written (analysis, codec, HNSW graph) and how its searchers run. */
final class IndexSettings {
  /**
   * HNSW neighbours a node and candidate list while building: 32 and 200 (measured, BENCHMARKS.md).
   */
  static final int HNSW_M = 32;

  static final int HNSW_BEAM = 200;

  private static final ExecutorService SEGMENT_SEARCH =
      Executors.newFixedThreadPool(
          Runtime.getRuntime().availableProcessors(),
          r -> Thread.ofPlatform().daemon().name("paperboy-segment-search").unstarted(r));

  private IndexSettings() {}

  /** English analysis for text, int8 HNSW with the float vectors kept for rescoring. */
  static IndexWriterConfig writer(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig config = new IndexWriterConfig(PaperFields.analyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(256);
    // what is not committed is dropped at close: a failed import or catch-up never half-commits
    config.setCommitOnClose(false);
    KnnVectorsFormat vectors = new Lucene104HnswScalarQuantizedVectorsFormat(HNSW_M, HNSW_BEAM);
    config.setCodec(
        new Lucene104Codec() {
          @Override
          public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
            return vectors;
          }
        });
    return config;
  }

  /** Below this many documents a query is not split: the threads would cost more than they save. */
  static final int MIN_SLICE_DOCS = 200_000;

  /**
   * A large index is merged into one segment (the fastest to search), which would leave one core
   * idle per query: its documents are split into one slice a core, searched side by side.
   */
  static IndexSearcher.LeafSlice[] partitioned(List<LeafReaderContext> leaves) {
    return partitioned(leaves, Runtime.getRuntime().availableProcessors(), MIN_SLICE_DOCS);
  }

  static IndexSearcher.LeafSlice[] partitioned(
      List<LeafReaderContext> leaves, int cores, int minSliceDocs) {
    long docs = 0;
    for (LeafReaderContext leaf : leaves) {
      docs += leaf.reader().maxDoc();
    }
    int perSlice = (int) Math.min(Integer.MAX_VALUE, Math.max(minSliceDocs, ceil(docs, cores)));
    return IndexSearcher.slices(leaves, perSlice, 5, true);
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }

  /** Searchers that search the segments of one query in parallel, one thread a core. */
  static SearcherFactory searchers() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, SEGMENT_SEARCH) {
          @Override
          protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
            return partitioned(leaves);
          }
        };
      }
    };
  }
}
