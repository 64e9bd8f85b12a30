package org.paperboy.search;

import java.util.List;

/** Turns text into unit-length vectors for semantic search. */
public interface Embedder extends AutoCloseable {

  /** Names the model; an index built with another model is rebuilt. */
  String model();

  int dimensions();

  /** Embeds papers' text (title and abstract), in order. */
  float[][] embedPassages(List<String> texts);

  /** Embeds a search query. */
  float[] embedQuery(String query);

  /** Embeds several search queries, in order; models that batch do it in one run. */
  default float[][] embedQueries(List<String> queries) {
    float[][] out = new float[queries.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = embedQuery(queries.get(i));
    }
    return out;
  }

  /**
   * Papers the embedding job hands over at a time: each batch is stored in one transaction, so it
   * is also what a stopped job may have to redo.
   */
  default int batchSize() {
    return EmbedJob.BATCH;
  }

  @Override
  default void close() {}
}
