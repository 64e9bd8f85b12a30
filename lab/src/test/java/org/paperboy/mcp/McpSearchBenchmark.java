package org.paperboy.mcp;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * search_papers over MCP against the same search through {@code /api/v1/search} (BENCHMARKS.md), as
 * a client sees them, on a running server: each query of the set through both, in alternating
 * order, for ROUNDS rounds after one round of warm-up; medians of each and of the paired
 * differences. The official Java SDK's client over Streamable HTTP, Java's HttpClient for the API.
 * Stays under /mcp's rate limit (600 requests a minute) with the defaults.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.paperboy.mcp.McpSearchBenchmark http://localhost:8080 [ROUNDS [MODE]]}
 */
public final class McpSearchBenchmark {
  static final List<String> QUERIES =
      List.of(
          "evolutionary model merging on consumer GPUs",
          "KV cache offloading",
          "paged attention memory management",
          "flash attention IO-aware",
          "quantization of large language models",
          "mixture of experts inference",
          "speculative decoding",
          "LoRA fine-tuning on a single GPU",
          "GPU kernel autotuning",
          "distributed training pipeline parallelism",
          "sparse matrix multiplication on GPUs",
          "CUDA graph compilation",
          "tensor cores mixed precision",
          "energy efficiency of GPU clusters",
          "serving LLMs with low latency",
          "surface code quantum error correction",
          "variational quantum eigensolver",
          "entanglement entropy",
          "quantum key distribution",
          "superconducting qubits decoherence",
          "Bell inequality violation",
          "quantum walk search",
          "trapped ion quantum computer",
          "photonic quantum computing",
          "quantum approximate optimization algorithm",
          "open quantum systems Lindblad",
          "quantum metrology squeezed states",
          "topological quantum computation anyons",
          "quantum machine learning kernels",
          "author:Chen GPU");

  public static void main(String[] args) throws Exception {
    String base = args[0].replaceAll("/$", "");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String mode = args.length > 2 ? args[2] : "hybrid";
    HttpClient http = HttpClient.newHttpClient();
    System.out.println(get(http, base + "/healthz"));
    String session = rawSession(http, base);
    try (McpSyncClient mcp = McpClients.http(base, null)) {
      mcp.initialize();
      List<Double> api = new ArrayList<>();
      List<Double> tool = new ArrayList<>();
      List<Double> diff = new ArrayList<>();
      List<Double> raw = new ArrayList<>();
      List<Double> rawDiff = new ArrayList<>();
      for (int round = 0; round <= rounds; round++) {
        for (int i = 0; i < QUERIES.size(); i++) {
          String q = QUERIES.get(i);
          boolean apiFirst = (i + round) % 2 == 0;
          double a = 0;
          double m = 0;
          double r = 0;
          for (int k = 0; k < 3; k++) {
            switch ((k + (apiFirst ? 0 : 1)) % 3) {
              case 0 -> a = timeApi(http, base, q, mode);
              case 1 -> m = timeMcp(mcp, q, mode);
              default -> r = timeRaw(http, base, session, q, mode);
            }
          }
          if (round > 0) {
            api.add(a);
            tool.add(m);
            diff.add(m - a);
            raw.add(r);
            rawDiff.add(r - a);
          }
        }
      }
      System.out.printf(
          "%d queries x %d rounds, mode %s: /api/v1/search median %.2f ms (p90 %.2f),"
              + " MCP search_papers median %.2f ms (p90 %.2f), paired difference median %.2f ms"
              + " (p90 %.2f)%n",
          QUERIES.size(),
          rounds,
          mode,
          quantile(api, 0.5),
          quantile(api, 0.9),
          quantile(tool, 0.5),
          quantile(tool, 0.9),
          quantile(diff, 0.5),
          quantile(diff, 0.9));
      System.out.printf(
          "  the same tools/call as plain JSON-RPC over Java's HttpClient (no SDK client): median"
              + " %.2f ms (p90 %.2f), paired difference with the API median %.2f ms (p90 %.2f)%n",
          quantile(raw, 0.5), quantile(raw, 0.9), quantile(rawDiff, 0.5), quantile(rawDiff, 0.9));
    }
  }

  /** An MCP session opened by hand: initialize, then the initialized notification. */
  static String rawSession(HttpClient http, String base) throws Exception {
    HttpResponse<String> init =
        http.send(
            post(base, null)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
                            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                            + "\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
    http.send(
        post(base, session)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    return session;
  }

  private static HttpRequest.Builder post(String base, String session) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + "/mcp"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream");
    return session == null ? b : b.header("Mcp-Session-Id", session);
  }

  static double timeRaw(HttpClient http, String base, String session, String q, String mode)
      throws Exception {
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"search_papers\",\"arguments\":{\"query\":\""
            + q
            + "\",\"mode\":\""
            + mode
            + "\",\"limit\":10}}}";
    long t = System.nanoTime();
    HttpResponse<String> r =
        http.send(
            post(base, session).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
            HttpResponse.BodyHandlers.ofString());
    double ms = (System.nanoTime() - t) / 1e6;
    if (r.statusCode() != 200 || !r.body().contains("structuredContent")) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return ms;
  }

  static double timeApi(HttpClient http, String base, String q, String mode) throws Exception {
    String url =
        base
            + "/api/v1/search?limit=10&mode="
            + mode
            + "&q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8);
    long t = System.nanoTime();
    String body = get(http, url);
    double ms = (System.nanoTime() - t) / 1e6;
    if (!body.contains("\"results\"")) {
      throw new IllegalStateException(body);
    }
    return ms;
  }

  static double timeMcp(McpSyncClient mcp, String q, String mode) {
    long t = System.nanoTime();
    McpSchema.CallToolResult r =
        McpClients.call(mcp, "search_papers", Map.of("query", q, "mode", mode, "limit", 10));
    double ms = (System.nanoTime() - t) / 1e6;
    if (Boolean.TRUE.equals(r.isError())) {
      throw new IllegalStateException(McpClients.text(r));
    }
    return ms;
  }

  static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(r.statusCode() + " " + r.body());
    }
    return r.body();
  }

  static double quantile(List<Double> values, double q) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v[Math.min(v.length - 1, (int) (v.length * q))];
  }
}
