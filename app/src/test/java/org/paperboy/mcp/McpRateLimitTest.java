package org.paperboy.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;

/** A client opening session after session is slowed down (429), and /mcp shows in the metrics. */
class McpRateLimitTest {
  @TempDir Path dir;

  @Test
  void theSixtyFirstNewSessionOfAClientIsRefusedForAWhile() throws Exception {
    try (TestServer server = TestServer.start(dir, Databases.sqlite(dir), null, 0)) {
      HttpResponse<String> last = null;
      int ok = 0;
      for (int i = 0; i < 61; i++) {
        last = McpGateTest.post(server, "/mcp", McpGateTest.INITIALIZE);
        if (last.statusCode() == 200) {
          ok++;
        }
      }
      assertThat(ok).isEqualTo(60);
      assertThat(last.statusCode()).isEqualTo(429);
      assertThat(last.headers().firstValue("Retry-After")).isPresent();
      assertThat(last.body()).contains("Too many requests");

      String metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url("/metrics"))).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertThat(metrics).contains("route=\"/mcp\"").contains("status=\"429\"");
    }
  }
}
