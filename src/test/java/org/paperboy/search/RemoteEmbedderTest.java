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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible embedder against a local server that speaks the same protocol. */
class RemoteEmbedderTest {
  HttpServer server;
  final List<JsonNode> requests = new ArrayList<>();
  int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/embeddings",
        exchange -> {
          JsonNode body = new ObjectMapper().readTree(exchange.getRequestBody());
          requests.add(body);
          StringBuilder data = new StringBuilder("{\"object\":\"list\",\"data\":[");
          // answer in reverse order: the client must use "index"
          for (int i = body.get("input").size() - 1; i >= 0; i--) {
            data.append("{\"object\":\"embedding\",\"index\":")
                .append(i)
                .append(",\"embedding\":[")
                .append(i + 1)
                .append(",0,0]}");
            data.append(i > 0 ? "," : "");
          }
          byte[] out = data.append("]}").toString().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, out.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/embeddings";
  }

  @Test
  void sendsBatchesAndReadsVectorsByIndex() {
    RemoteEmbedder e =
        new RemoteEmbedder(url(), "BAAI/bge-small-en-v1.5", "secret", EmbeddingModel.BGE_SMALL_Q);
    float[][] v = e.embedPassages(List.of("a", "b", "c"));
    assertThat(v).hasDimensions(3, 3);
    assertThat(v[0][0]).isEqualTo(1f); // normalized
    assertThat(requests.getFirst().get("model").asText()).isEqualTo("BAAI/bge-small-en-v1.5");
    assertThat(requests.getFirst().get("input")).hasSize(3);
    e.embedQuery("kv cache");
    assertThat(requests.getLast().get("input").get(0).asText()).isEqualTo("kv cache");
    assertThat(e.model()).isEqualTo("bge-small-en-v1.5");
  }

  @Test
  void aServerErrorIsReportedClearly() {
    status = 500;
    RemoteEmbedder e = new RemoteEmbedder(url(), "m", null, EmbeddingModel.BGE_SMALL_Q);
    assertThatThrownBy(() -> e.embedPassages(List.of("a"))).hasMessageContaining("HTTP 500");
  }
}
