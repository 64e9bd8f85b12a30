package org.paperboy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.paperboy.search.OnnxEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description =
        "Time the bundled embedding model on the titles and abstracts of a JSON lines file: abstracts/s and tokens/s.")
public final class EmbedBenchCommand implements Callable<Integer> {
  @Option(
      names = "--limit",
      defaultValue = "1000",
      description = "Abstracts to embed (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "ONNX Runtime threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--max-tokens",
      defaultValue = "512",
      description = "Window (default: ${DEFAULT-VALUE}).")
  int maxTokens;

  @Option(
      names = "--batch-tokens",
      defaultValue = "8192",
      description = "Padded tokens per call (default: ${DEFAULT-VALUE}).")
  int batchTokens;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Timed runs after one warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--model",
      defaultValue = "bge-small-en-v1.5-q",
      description =
          "Model: bge-small-en-v1.5-q (shipped), bge-small-en-v1.5 or all-minilm-l6-v2-q (default:"
              + " ${DEFAULT-VALUE}).")
  String model;

  @Parameters(
      paramLabel = "FILE",
      description = "JSON lines with title and abstract (or text), gzipped or not.")
  Path file;

  @Override
  public Integer call() throws Exception {
    List<String> texts = read(file, limit);
    try (OnnxEmbedder embedder =
        new OnnxEmbedder(BenchModels.named(model), threads, maxTokens, batchTokens)) {
      long tokens = 0;
      for (String t : texts) {
        tokens += embedder.tokenCount(t);
      }
      System.out.printf(
          "%d texts, %,d tokens (mean %.0f, window %d), %d threads, %d tokens per batch%n",
          texts.size(), tokens, (double) tokens / texts.size(), maxTokens, threads, batchTokens);
      embedder.embedPassages(texts.subList(0, Math.min(64, texts.size())));
      List<Double> rates = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        long start = System.nanoTime();
        embedder.embedPassages(texts);
        double s = (System.nanoTime() - start) / 1e9;
        rates.add(texts.size() / s);
        System.out.printf(
            "run %d: %.1f s, %.1f abstracts/s, %,.0f tokens/s%n",
            r + 1, s, texts.size() / s, tokens / s);
      }
      rates.sort(null);
      double median = rates.get(rates.size() / 2);
      System.out.printf(
          "median: %.1f abstracts/s, %,.0f tokens/s%n", median, median * tokens / texts.size());
    }
    return 0;
  }

  static List<String> read(Path file, int limit) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null && texts.size() < limit) {
        JsonNode n = mapper.readTree(line);
        String body =
            n.hasNonNull("abstract") ? n.get("abstract").asText() : n.path("text").asText();
        texts.add(n.path("title").asText() + ". " + body);
      }
    }
    return texts;
  }
}
