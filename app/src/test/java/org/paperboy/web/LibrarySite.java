package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/** The real server with a few papers, a local arXiv API and GreenMail, for the library tests. */
abstract class LibrarySite {
  static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\"";

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir static Path dir;
  static TestServer server;
  static MutableClock clock = new MutableClock();
  static LocalHttpServer arxiv;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", mail.port(), clock);
    arxiv = new LocalHttpServer(q -> LocalHttpServer.Reply.ok(Fixtures.bytes("arxiv-api.atom")));
    server.app().library().useArxivApi(arxiv.url("/api/query"), Duration.ZERO);
    server
        .app()
        .papers()
        .upsert(
            List.of(
                Fixtures.paper(
                    "1706.03762", "Attention Is All You Need", "Transformers.", "2017-06-12"),
                Fixtures.paper(
                    "2205.14135",
                    "FlashAttention: Fast and Memory-Efficient Exact Attention",
                    "Tiles.",
                    "2022-05-27"),
                Fixtures.paper(
                    "x666",
                    HOSTILE,
                    "An abstract with </p><script>alert(2)</script>",
                    "2024-01-01")));
  }

  @AfterAll
  static void stop() {
    server.close();
    arxiv.close();
  }

  static WebClient signedIn(String email) throws Exception {
    WebClient client = server.client();
    int before = mail.getReceivedMessages().length;
    client.get("/signin");
    client.post("/signin", Map.of("email", email, "next", "/"));
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
    String body = GreenMailUtil.getBody(mail.getReceivedMessages()[before]).replace("=\r\n", "");
    Matcher m = Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(body.replace("=3D", "="));
    assertThat(m.find()).isTrue();
    assertThat(
            client.post("/signin/confirm", Map.of("token", m.group(1), "next", "/")).statusCode())
        .isEqualTo(303);
    return client;
  }

  /** A request with the client's cookies, for what WebClient does not send (JSON, uploads). */
  static HttpResponse<String> send(WebClient c, HttpRequest.Builder b) throws Exception {
    String cookies = "pb_csrf=" + c.cookie("pb_csrf");
    if (c.cookie("pb_session") != null) {
      cookies += "; pb_session=" + c.cookie("pb_session");
    }
    return HttpClient.newHttpClient()
        .send(b.header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> markByScript(WebClient c, String paper, String action)
      throws Exception {
    String form =
        "csrf=" + c.cookie("pb_csrf") + "&paper=" + paper + "&action=" + action + "&next=/";
    return send(
        c,
        HttpRequest.newBuilder(URI.create(server.url("/library/mark")))
            .header("Accept", "application/json")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /**
   * Uploads as the library page's form does (the form token in the address) and, when the upload
   * was taken, follows its job to the report page.
   */
  static HttpResponse<String> upload(WebClient c, String filename, byte[] content, boolean csrf)
      throws Exception {
    HttpResponse<String> posted = post(c, filename, content, csrf);
    if (posted.statusCode() != 303) {
      return posted;
    }
    String job = posted.headers().firstValue("Location").orElseThrow();
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      HttpResponse<String> page = send(c, HttpRequest.newBuilder(URI.create(server.url(job))));
      if (page.headers().firstValue("Refresh").isEmpty() || System.nanoTime() > until) {
        return page;
      }
      Thread.sleep(50);
    }
  }

  /** The upload's POST alone: 303 to its progress page when it was taken. */
  static HttpResponse<String> post(WebClient c, String filename, byte[] content, boolean csrf)
      throws Exception {
    String boundary = "----paperboy" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        c,
        HttpRequest.newBuilder(
                URI.create(
                    server.url("/library/import" + (csrf ? "?csrf=" + c.cookie("pb_csrf") : ""))))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }
}
