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

  @Override
  default void close() {}
}
