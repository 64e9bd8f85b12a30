package org.paperboy.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriterConfig;
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

  /** Searchers that search the segments of one query in parallel, one thread a core. */
  static SearcherFactory searchers() {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new IndexSearcher(reader, SEGMENT_SEARCH);
      }
    };
  }
}
