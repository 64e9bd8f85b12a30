package org.paperboy.search;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A sentence-embedding model in ONNX (the bundled one is {@link EmbeddingModel#BGE_SMALL_Q}), run
 * in process by ONNX Runtime. Texts are tokenized to the model's full 512-token window, sorted by
 * length and run in batches of similar length so that padding costs little; ONNX Runtime gets a
 * fixed number of intra-op threads and nothing runs beside it.
 */
public final class OnnxEmbedder implements Embedder {
  private static final int DIMENSIONS = 384;

  private final EmbeddingModel spec;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final int maxTokens;
  private final int tokensPerBatch;
  private final boolean needsTokenTypes;

  /**
   * @param threads ONNX Runtime intra-op threads (the cores to use)
   * @param maxTokens window cut, at most the model's
   * @param tokensPerBatch padded tokens per inference call
   */
  public OnnxEmbedder(EmbeddingModel spec, int threads, int maxTokens, int tokensPerBatch) {
    this.spec = spec;
    this.maxTokens = Math.min(maxTokens, spec.window());
    this.tokensPerBatch = tokensPerBatch;
    try {
      this.tokenizer = WordPieceTokenizer.fromJson(resource(spec.tokenizer()));
      this.env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // idle worker threads sleep instead of spinning: the cores are shared with searches
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      byte[] model;
      try (InputStream in = resource(spec.onnx())) {
        model = in.readAllBytes();
      }
      this.session = env.createSession(model, options);
      this.needsTokenTypes = session.getInputNames().contains("token_type_ids");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("the embedding model file " + name + " is not on the class path");
    }
    return in;
  }

  @Override
  public String model() {
    return spec.key();
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  /** Token count of a text as the model sees it, with its special tokens. */
  public int tokenCount(String text) {
    return tokenizer.encode(text, maxTokens).length;
  }

  @Override
  public float[] embedQuery(String query) {
    return embedPassages(List.of(spec.queryPrefix() + query))[0];
  }

  @Override
  public float[][] embedQueries(List<String> queries) {
    return embedPassages(queries.stream().map(q -> spec.queryPrefix() + q).toList());
  }

  @Override
  public float[][] embedPassages(List<String> texts) {
    int n = texts.size();
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = tokenizer.encode(texts.get(i), maxTokens);
    }
    Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingInt(i -> ids[i].length));
    float[][] out = new float[n][];
    int from = 0;
    while (from < n) {
      int longest = ids[order[from]].length;
      int to = from + 1;
      while (to < n
          && (long) ids[order[to]].length * (to - from + 1)
              <= Math.max(tokensPerBatch, ids[order[to]].length)) {
        to++;
      }
      longest = ids[order[to - 1]].length;
      run(ids, order, from, to, longest, out);
      from = to;
    }
    return out;
  }

  private void run(int[][] ids, Integer[] order, int from, int to, int length, float[][] out) {
    int batch = to - from;
    long[] inputIds = new long[batch * length];
    long[] mask = new long[batch * length];
    for (int b = 0; b < batch; b++) {
      int[] t = ids[order[from + b]];
      for (int j = 0; j < t.length; j++) {
        inputIds[b * length + j] = t[j];
        mask[b * length + j] = 1;
      }
    }
    long[] shape = {batch, length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(inputIds), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (needsTokenTypes) {
        inputs.put(
            "token_type_ids",
            OnnxTensor.createTensor(env, LongBuffer.wrap(new long[batch * length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        for (int b = 0; b < batch; b++) {
          int tokens = ids[order[from + b]].length;
          out[order[from + b]] = Vectors.normalize(pool(hidden, b * length * DIMENSIONS, tokens));
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(FloatBuffer hidden, int offset, int tokens) {
    float[] v = new float[DIMENSIONS];
    if (spec.pooling() == EmbeddingModel.Pooling.CLS) {
      hidden.get(offset, v);
      return v;
    }
    float[] row = new float[DIMENSIONS];
    for (int t = 0; t < tokens; t++) {
      hidden.get(offset + t * DIMENSIONS, row);
      for (int d = 0; d < DIMENSIONS; d++) {
        v[d] += row[d];
      }
    }
    return v;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException ignored) {
      // closing only frees native memory
    }
  }
}
