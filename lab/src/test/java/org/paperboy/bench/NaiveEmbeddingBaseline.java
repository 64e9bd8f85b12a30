package org.paperboy.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.paperboy.search.OnnxEmbedder;

/**
 * The naive path BENCHMARKS.md compares the embedder with: LangChain4j's in-process quantised
 * all-MiniLM-L6-v2, one text per call, as a program would use it out of the box. Run by hand:
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *   org.paperboy.bench.NaiveEmbeddingBaseline corpus.jsonl.gz 300</pre>
 */
public final class NaiveEmbeddingBaseline {
  private NaiveEmbeddingBaseline() {}

  public static void main(String[] args) throws Exception {
    List<String> texts = EmbedBenchCommand.read(Path.of(args[0]), Integer.parseInt(args[1]));
    long tokens = 0;
    try (OnnxEmbedder counter = new OnnxEmbedder(BenchModels.MINILM_L6_Q, 1, 128, 1024)) {
      for (String t : texts) {
        tokens += counter.tokenCount(t);
      }
    }
    AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (String t : texts.subList(0, 20)) {
      model.embed(t);
    }
    List<Double> rates = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      for (String t : texts) {
        model.embed(t);
      }
      double s = (System.nanoTime() - start) / 1e9;
      rates.add(texts.size() / s);
      System.out.printf(
          "run %d: %.1f abstracts/s (%d texts, cut at 128 tokens by its tokenizer)%n",
          run + 1, texts.size() / s, texts.size());
    }
    rates.sort(null);
    System.out.printf(
        "median: %.1f abstracts/s, %,.0f tokens/s (mean %.0f tokens a text after the cut)%n",
        rates.get(1), rates.get(1) * tokens / texts.size(), (double) tokens / texts.size());
  }
}
