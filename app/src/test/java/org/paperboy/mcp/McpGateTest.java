package org.paperboy.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;

/** What {@code /mcp} refuses before the MCP server reads a byte: always 4xx with a message. */
class McpGateTest {
  static final String INITIALIZE =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
          + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

  @TempDir static Path dir;
  static TestServer server;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String... headers)
      throws Exception {
    return post(server, path, body, headers);
  }

  static HttpResponse<String> post(TestServer to, String path, String body) throws Exception {
    return post(to, path, HttpRequest.BodyPublishers.ofString(body));
  }

  static HttpResponse<String> post(
      TestServer to, String path, HttpRequest.BodyPublisher body, String... headers)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(to.url(path)))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(body);
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> initialize(String... headers) throws Exception {
    return post("/mcp", HttpRequest.BodyPublishers.ofString(INITIALIZE), headers);
  }

  static void refused(HttpResponse<String> r, int status, String message) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.body())
        .contains("\"status\":" + status)
        .contains(message)
        .doesNotContain("at org.");
  }

  @Test
  void aPageFromAnotherSiteIsRefusedAndThisServerAndLoopbackPagesAreNot() throws Exception {
    refused(initialize("Origin", "http://evil.example"), 403, "http://evil.example");
    refused(initialize("Origin", "http://evil.example:" + port()), 403, "are refused here");
    refused(initialize("Origin", "null"), 403, "refused");
    refused(initialize("Origin", "http://localhost.evil.example"), 403, "refused");
    refused(initialize("Origin", "http://localhost@evil.example"), 403, "refused");
    refused(initialize("Origin", "http://127.0.0.1.nip.io:" + port()), 403, "refused");
    assertThat(initialize("Origin", server.url("")).statusCode()).isEqualTo(200);
    assertThat(initialize("Origin", "http://localhost:6274").statusCode()).isEqualTo(200);
    assertThat(initialize("Origin", "http://127.0.0.1:5173").statusCode()).isEqualTo(200);
    assertThat(initialize().statusCode()).isEqualTo(200);
  }

  @Test
  void theJavaClientSendingAForeignOriginCannotConnect() {
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder(server.url(""))
            .endpoint("/mcp")
            .requestBuilder(HttpRequest.newBuilder().header("Origin", "https://attacker.example"))
            .build();
    try (McpSyncClient client =
        McpClient.sync(transport).initializationTimeout(Duration.ofSeconds(30)).build()) {
      // the SDK reports a 401 or 403 as an authorization error
      assertThatThrownBy(client::initialize).hasStackTraceContaining("Authorization error");
    }
  }

  @Test
  void aBodyOverTheLimitIs413WithOrWithoutItsLength() throws Exception {
    String big =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
            + "a".repeat(70 * 1024)
            + "\"}}";
    refused(post("/mcp", HttpRequest.BodyPublishers.ofString(big)), 413, "64 KB");
    HttpResponse<String> chunked =
        post(
            "/mcp",
            HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(big.getBytes())));
    assertThat(chunked.statusCode()).isEqualTo(413);
  }

  @Test
  void aTokenInTheAddressIsRefusedAndOnlyABearerHeaderCounts() throws Exception {
    refused(
        post("/mcp?token=pb_x", HttpRequest.BodyPublishers.ofString(INITIALIZE)),
        400,
        "Authorization: Bearer");
    refused(
        post("/mcp?access_token=abc", HttpRequest.BodyPublishers.ofString(INITIALIZE)),
        400,
        "not taken from the address");
    HttpResponse<String> basic = initialize("Authorization", "Basic dXNlcjpwYXNz");
    refused(basic, 401, "unknown or was revoked");
    assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    refused(initialize("Authorization", "Bearer pb_forged"), 401, "/settings/tokens");
  }

  @Test
  void noStreamIsOpenedByGetAndBadJsonIsA400() throws Exception {
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(URI.create(server.url("/mcp")))
                .header("Accept", "text/event-stream")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    refused(get, 405, "POST");
    assertThat(get.headers().firstValue("Allow")).hasValue("POST, DELETE");
    for (String body :
        new String[] {"{not json", "[" + INITIALIZE + "," + INITIALIZE + "]", "42"}) {
      HttpResponse<String> r = post("/mcp", HttpRequest.BodyPublishers.ofString(body));
      assertThat(r.statusCode()).as(body).isBetween(400, 499);
      assertThat(r.body()).as(body).doesNotContain("at org.", "at io.");
    }
    HttpResponse<String> noSession =
        post(
            "/mcp",
            HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"),
            "Mcp-Session-Id",
            "no-such-session");
    assertThat(noSession.statusCode()).isEqualTo(404);
    assertThat(noSession.body()).doesNotContain("at org.", "at io.");
  }

  private static int port() {
    return URI.create(server.url("")).getPort();
  }
}
