package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;

/** Clients that send a body a byte at a time cannot take the site away from everybody else. */
class SlowClientsTest {
  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void pagesKeepAnsweringWhileFortyConnectionsDripABodyOneByteEveryFiveSeconds() throws Exception {
    int port = URI.create(server.url("/")).getPort();
    List<Socket> drips = new ArrayList<>();
    try {
      for (int i = 0; i < 40; i++) {
        Socket s = new Socket("127.0.0.1", port);
        s.getOutputStream()
            .write(
                ("POST /signin HTTP/1.1\r\nHost: localhost\r\nContent-Type:"
                        + " application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        drips.add(s);
      }
      Thread dripping =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try {
                      while (!Thread.currentThread().isInterrupted()) {
                        for (Socket s : drips) {
                          drip(s);
                        }
                        Thread.sleep(5_000);
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
      HttpClient http = HttpClient.newHttpClient();
      long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      int answered = 0;
      long slowest = 0;
      while (System.nanoTime() < until) {
        long asked = System.nanoTime();
        HttpResponse<String> about =
            http.send(
                HttpRequest.newBuilder(URI.create(server.url("/about")))
                    .timeout(Duration.ofSeconds(3))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(about.statusCode()).isEqualTo(200);
        slowest = Math.max(slowest, System.nanoTime() - asked);
        answered++;
        Thread.sleep(500);
      }
      dripping.interrupt();
      System.out.println("slowest /about: " + slowest / 1_000_000 + " ms of " + answered);
      assertThat(answered).isGreaterThan(8);
    } finally {
      for (Socket s : drips) {
        s.close();
      }
    }
  }

  private static void drip(Socket s) {
    try {
      OutputStream out = s.getOutputStream();
      out.write('a');
      out.flush();
    } catch (java.io.IOException e) {
      // the server closed it: that is the point
    }
  }
}
