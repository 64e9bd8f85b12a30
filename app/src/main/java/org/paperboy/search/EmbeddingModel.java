package org.paperboy.search;

/**
 * An ONNX sentence-embedding model on the class path: where its files are, how its token states
 * become one vector, its window, and what it puts before a query.
 */
public record EmbeddingModel(
    String name, String onnx, String tokenizer, Pooling pooling, int window, String queryPrefix) {

  /** How token states become one sentence vector. */
  public enum Pooling {
    /** The {@code [CLS]} token's state (bge). */
    CLS,
    /** The mean of the real tokens' states (MiniLM). */
    MEAN
  }

  /** BAAI bge-small-en-v1.5, int8 quantised (LangChain4j's model artifact): the one shipped. */
  public static final EmbeddingModel BGE_SMALL_Q =
      new EmbeddingModel(
          "bge-small-en-v1.5-q",
          "bge-small-en-v1.5-q.onnx",
          "bge-small-en-v1.5-q-tokenizer.json",
          Pooling.CLS,
          512,
          // bge's "Represent this sentence for searching relevant passages: " instruction lowered
          // SciFact nDCG@10 from 0.746 to 0.730 (semantic): v1.5 does without it
          "");

  /**
   * Names the vector space: the quantised and full-precision files of one model share it, so
   * vectors from a remote server running the original model mix with local ones.
   */
  public String key() {
    return name.endsWith("-q") ? name.substring(0, name.length() - 2) : name;
  }
}
