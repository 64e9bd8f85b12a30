package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperboy.http.Reply;

/** The signals client reads at most its limit, within its timeout, body included. */
class SourceCallsTest {
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private final SourceCalls http =
      new SourceCalls(
          Duration.ZERO, Duration.ofSeconds(2), Clock.fixed(NOW, ZoneOffset.UTC), Map.of());

  @Test
  void aResetCenturiesAheadIsTakenAsADay() {
    long far = NOW.plus(Duration.ofDays(365 * 300)).getEpochSecond();
    Answer a =
        http.answer(
            new Reply(
                403,
                HttpHeaders.of(
                    Map.of(
                        "X-RateLimit-Remaining",
                        List.of("0"),
                        "X-RateLimit-Reset",
                        List.of(String.valueOf(far))),
                    (n, v) -> true),
                new byte[0]));
    assertThat(a).isInstanceOf(Answer.Limited.class);
    assertThat(((Answer.Limited) a).until()).isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void anAnswerLargerThanTheLimitFailsWithoutBeingReadWhole() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> serve(server, 64L * 1024 * 1024, 0));
      Answer a = http.get("http://127.0.0.1:" + server.getLocalPort() + "/big", null);
      assertThat(a).isInstanceOf(Answer.Failed.class);
      assertThat(((Answer.Failed) a).why()).contains("larger than");
    }
  }

  @Test
  void aBodyThatTricklesPastTheTimeoutFails() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual().start(() -> serve(server, 100, 500));
      Answer a = http.get("http://127.0.0.1:" + server.getLocalPort() + "/slow", null);
      assertThat(a).isInstanceOf(Answer.Failed.class);
      assertThat(((Answer.Failed) a).why()).contains("no whole answer within 2 s");
    }
  }

  /** Answers one request with {@code length} bytes, {@code pauseMs} between each 1 KB piece. */
  private static void serve(ServerSocket server, long length, long pauseMs) {
    try (Socket s = server.accept()) {
      InputStream in = s.getInputStream();
      in.read(new byte[8192]);
      OutputStream out = s.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] piece = new byte[pauseMs > 0 ? 1 : 64 * 1024];
      for (long sent = 0; sent < length; sent += piece.length) {
        out.write(piece);
        out.flush();
        if (pauseMs > 0) {
          Thread.sleep(pauseMs);
        }
      }
    } catch (Exception e) {
      // the client hung up: expected
    }
  }
}
