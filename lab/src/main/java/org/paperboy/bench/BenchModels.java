package org.paperboy.bench;

import java.util.List;
import org.paperboy.search.EmbeddingModel;
import org.paperboy.search.EmbeddingModel.Pooling;

/**
 * The embedding models the benchmarks compare with the shipped one ({@link
 * EmbeddingModel#BGE_SMALL_Q}); measured, not shipped (see BENCHMARKS.md).
 */
final class BenchModels {
  private BenchModels() {}

  /** The shipped bge model unquantised (fp32). */
  static final EmbeddingModel BGE_SMALL =
      new EmbeddingModel(
          "bge-small-en-v1.5",
          "bge-small-en-v1.5.onnx",
          "bge-small-en-v1.5-tokenizer.json",
          Pooling.CLS,
          512,
          EmbeddingModel.BGE_SMALL_Q.queryPrefix());

  /** all-MiniLM-L6-v2, int8 quantised. */
  static final EmbeddingModel MINILM_L6_Q =
      new EmbeddingModel(
          "all-minilm-l6-v2-q",
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          Pooling.MEAN,
          256,
          "");

  private static final List<EmbeddingModel> ALL =
      List.of(EmbeddingModel.BGE_SMALL_Q, BGE_SMALL, MINILM_L6_Q);

  static EmbeddingModel named(String name) {
    return ALL.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown embedding model '"
                        + name
                        + "' (use one of "
                        + ALL.stream().map(EmbeddingModel::name).toList()
                        + ")"));
  }
}
