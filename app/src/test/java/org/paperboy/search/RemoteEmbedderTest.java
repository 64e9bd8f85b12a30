package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Databases;

/**
 * The OpenAI-compatible embedder against a server in this JVM that speaks the same protocol: with
 * made-up vectors, with the local ONNX model's own vectors (it must agree) and with disturbed ones
 * (it must be refused).
 */
class RemoteEmbedderTest {
  static final Duration NO_WAIT = Duration.ofMillis(1);

  HttpServer server;
  final List<JsonNode> requests = new CopyOnWriteArrayList<>();
  final List<Integer> statuses = new CopyOnWriteArrayList<>(); // answered in turn, then 200
  volatile Function<List<String>, float[][]> vectors = RemoteEmbedderTest::madeUp;
  volatile CountDownLatch together = new CountDownLatch(0);
  final AtomicInteger busy = new AtomicInteger();
  final AtomicInteger mostBusy = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext(
        "/v1/embeddings",
        exchange -> {
          mostBusy.accumulateAndGet(busy.incrementAndGet(), Math::max);
          try {
            JsonNode body = new ObjectMapper().readTree(exchange.getRequestBody());
            requests.add(body);
            together.countDown();
            together.await(10, TimeUnit.SECONDS);
            int status = statuses.isEmpty() ? 200 : statuses.removeFirst();
            List<String> texts = new ArrayList<>();
            body.get("input").forEach(t -> texts.add(t.asText()));
            byte[] out =
                (status == 200 ? answer(vectors.apply(texts)) : "{\"error\":\"busy\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
              o.write(out);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          } finally {
            busy.decrementAndGet();
          }
        });
    server.start();
  }

  /** Answers in reverse order: the client must place vectors by "index". */
  static String answer(float[][] v) {
    StringBuilder data = new StringBuilder("{\"object\":\"list\",\"data\":[");
    for (int i = v.length - 1; i >= 0; i--) {
      data.append("{\"object\":\"embedding\",\"index\":").append(i).append(",\"embedding\":[");
      for (int d = 0; d < v[i].length; d++) {
        data.append(d > 0 ? "," : "").append(v[i][d]);
      }
      data.append("]}").append(i > 0 ? "," : "");
    }
    return data.append("]}").toString();
  }

  static float[][] madeUp(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new float[] {i + 1, 0, 0};
    }
    return out;
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/embeddings";
  }

  RemoteEmbedder remote(int batch, int concurrency, int attempts) {
    return new RemoteEmbedder(
        url(),
        "BAAI/bge-small-en-v1.5",
        "secret",
        EmbeddingModel.BGE_SMALL_Q,
        new RemoteEmbedder.Settings(batch, concurrency, attempts, NO_WAIT));
  }

  @Test
  void sendsBatchesAndReadsVectorsByIndex() {
    try (RemoteEmbedder e = remote(64, 1, 1)) {
      float[][] v = e.embedPassages(List.of("a", "b", "c"));
      assertThat(v).hasDimensions(3, 3);
      assertThat(v[0][0]).isEqualTo(1f); // normalized
      assertThat(requests.getFirst().get("model").asText()).isEqualTo("BAAI/bge-small-en-v1.5");
      assertThat(requests.getFirst().get("input")).hasSize(3);
      e.embedQuery("kv cache");
      assertThat(requests.getLast().get("input").get(0).asText()).isEqualTo("kv cache");
      assertThat(e.model()).isEqualTo("bge-small-en-v1.5");
    }
  }

  @Test
  void severalRequestsOfABatchEachAreInFlightAtOnce() {
    together = new CountDownLatch(4); // each request waits until all four have arrived
    try (RemoteEmbedder e = remote(8, 4, 1)) {
      assertThat(e.batchSize()).isEqualTo(32);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        texts.add("text " + i);
      }
      float[][] v = e.embedPassages(texts);
      assertThat(v).hasNumberOfRows(32);
      assertThat(java.util.Arrays.asList(v)).doesNotContainNull();
    }
    assertThat(requests).hasSize(4).allMatch(r -> r.get("input").size() == 8);
    assertThat(mostBusy.get()).isEqualTo(4);
  }

  @Test
  void anOverloadedOrFailingServerIsTriedAgainAfterAWait() {
    statuses.addAll(List.of(503, 429, 502));
    try (RemoteEmbedder e = remote(64, 1, 4)) {
      assertThat(e.embedPassages(List.of("a", "b"))).hasNumberOfRows(2);
    }
    assertThat(requests).hasSize(4);
  }

  @Test
  void aServerThatKeepsFailingStopsTheJobWithAClearMessage() {
    statuses.addAll(List.of(500, 500, 500, 500));
    try (RemoteEmbedder e = remote(64, 1, 3)) {
      assertThatThrownBy(() -> e.embedPassages(List.of("a")))
          .hasMessageContaining("HTTP 500")
          .hasMessageContaining("tried 3 times");
    }
  }

  @Test
  void aRefusedRequestIsNotRepeated() {
    statuses.add(413);
    try (RemoteEmbedder e = remote(64, 1, 5)) {
      assertThatThrownBy(() -> e.embedPassages(List.of("a")))
          .hasMessageContaining("HTTP 413")
          .hasMessageContaining("PAPERBOY_EMBEDDINGS_BATCH");
    }
    assertThat(requests).hasSize(1);
  }

  @Test
  void aServerOfTheSameModelAgreesAndOneOfAnotherIsRefused() {
    try (OnnxEmbedder local = new OnnxEmbedder(EmbeddingModel.BGE_SMALL_Q, 2, 512, 1024);
        RemoteEmbedder e = remote(16, 2, 1)) {
      vectors = local::embedPassages; // what a server of bge-small-en-v1.5 answers
      assertThat(e.checkAgreement(local)).isGreaterThanOrEqualTo(0.999);

      Random noise = new Random(7);
      vectors = // the same vectors pushed about 20 degrees away: another model
          texts -> {
            float[][] v = local.embedPassages(texts);
            for (float[] x : v) {
              float[] n = new float[x.length];
              for (int d = 0; d < n.length; d++) {
                n[d] = (float) noise.nextGaussian();
              }
              Vectors.normalize(n);
              for (int d = 0; d < x.length; d++) {
                x[d] += 0.35f * n[d];
              }
            }
            return v;
          };
      assertThatThrownBy(() -> e.checkAgreement(local))
          .hasMessageContaining("does not serve bge-small-en-v1.5")
          .hasMessageContaining("cosine 0.9")
          .hasMessageContaining("nothing was embedded");
    }
  }

  @Test
  void theEmbeddingJobStopsWhenTheServerGivesUpAndResumesWithoutRedoingStoredBatches(
      @TempDir Path dir) {
    Database db = Database.open(Databases.sqlite(dir));
    try (db) {
      PaperStore papers = new PaperStore(db);
      List<Paper> all = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        all.add(EmbedOrderContract.paper("p" + i, LocalDate.of(2020, 1, 1).plusDays(i)));
      }
      papers.upsert(all);
      vectors = texts -> texts.stream().map(t -> unit(384)).toArray(float[][]::new);
      try (Search search =
          new Search(
              db, papers, dir.resolve("index"), "bge-small-en-v1.5", () -> remote(4, 2, 2))) {
        // the first job batch (8 papers, two requests) goes in; then the server fails for good
        statuses.addAll(List.of(200, 200, 500, 500, 500, 500));
        assertThatThrownBy(() -> search.embed(Long.MAX_VALUE, (done, total, rate) -> {}))
            .hasMessageContaining("HTTP 500");
        assertThat(search.stats().embedded()).isEqualTo(8);
        assertThat(search.stats().waitingForEmbedding()).isEqualTo(22);
        requests.clear();
        statuses.clear();
        assertThat(search.embed(Long.MAX_VALUE, (done, total, rate) -> {})).isEqualTo(22);
        assertThat(requests.stream().mapToInt(r -> r.get("input").size()).sum()).isEqualTo(22);
        assertThat(search.stats().embedded()).isEqualTo(30);
      }
    }
  }

  static float[] unit(int dims) {
    float[] v = new float[dims];
    v[0] = 1;
    return v;
  }
}
