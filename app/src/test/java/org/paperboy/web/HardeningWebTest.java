package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/** What a hostile or careless client sends, and the bounded, honest answers it gets. */
class HardeningWebTest {
  @TempDir static Path dir;
  static TestServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create(server.url(path)));
  }

  @Test
  void aLargeMultipartPostIsRefusedWith413AndNothingIsWrittenToDisk() throws Exception {
    String boundary = "XyZ";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n\r\n"
            + "x".repeat(300_000)
            + "\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> r =
        send(
            at("/signin")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(r.statusCode()).isEqualTo(413);
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("MultiPart"))).isEmpty();
    }
  }

  @Test
  void aMalformedMultipartPostGetsA4xxNotA500() throws Exception {
    HttpResponse<String> r =
        send(
            at("/signin")
                .header("Content-Type", "multipart/form-data; boundary=nope")
                .POST(HttpRequest.BodyPublishers.ofString("garbage without any boundary")));
    assertThat(r.statusCode()).isBetween(400, 499);
  }

  @Test
  void aLargeFormOrJsonBodyIsRefusedWith413() throws Exception {
    for (String type : new String[] {"application/x-www-form-urlencoded", "application/json"}) {
      HttpResponse<String> r =
          send(
              at("/subscribe")
                  .header("Content-Type", type)
                  .POST(HttpRequest.BodyPublishers.ofString("email=" + "a".repeat(100_000))));
      assertThat(r.statusCode()).as(type).isEqualTo(413);
    }
  }

  @Test
  void madeUpMethodsAndPathsDoNotGrowTheMetrics() throws Exception {
    for (int i = 0; i < 5; i++) {
      send(at("/").method("BREW" + i, HttpRequest.BodyPublishers.noBody()));
      send(at("/no/such/page" + i).GET());
    }
    String metrics = send(at("/metrics").GET()).body();
    assertThat(metrics).doesNotContain("BREW").doesNotContain("/no/such/page");
    assertThat(metrics).contains("method=\"other\"");
  }

  @Test
  void otherMethodsOnAKnownRouteGet405WithAllow() throws Exception {
    HttpResponse<String> r = send(at("/").DELETE());
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow").orElse("")).contains("GET").contains("HEAD");
    HttpResponse<String> signin = send(at("/signin").PUT(HttpRequest.BodyPublishers.noBody()));
    assertThat(signin.statusCode()).isEqualTo(405);
    assertThat(signin.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
  }

  @Test
  void headAnswersWhatGetAnswersWithoutTheBody() throws Exception {
    for (String path :
        new String[] {"/", "/about", "/nowhere", "/papers/nope", "/api/v1/trending"}) {
      HttpResponse<String> get = send(at(path).GET());
      HttpResponse<String> head = send(at(path).HEAD());
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.headers().firstValue("Content-Type"))
          .as(path)
          .isEqualTo(get.headers().firstValue("Content-Type"));
      assertThat(head.body()).isEmpty();
    }
  }

  @Test
  void pagesAreHtmlInUtf8() throws Exception {
    assertThat(send(at("/about").GET()).headers().firstValue("Content-Type").orElseThrow())
        .isEqualToIgnoringWhitespace("text/html;charset=utf-8");
  }

  @Test
  void apiScoresAreNumbersOrNullNeverNaN() throws Exception {
    for (String q : new String[] {"", "cat:cs.LG", "KV+cache"}) {
      String body = send(at("/api/v1/search?q=" + q).GET()).body();
      assertThat(body).as(q).doesNotContain("NaN").doesNotContain("Infinity");
    }
  }

  @Test
  void jettyLevelErrorsUnderTheApiAnswerJson() throws Exception {
    HttpResponse<String> longUri = send(at("/api/v1/search?q=" + "a".repeat(20_000)).GET());
    assertThat(longUri.statusCode()).isBetween(400, 499);
    assertThat(longUri.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    assertThat(longUri.body()).contains("\"error\"");
    HttpResponse<String> badUtf8 = send(at("/api/v1/papers/%C0%AF").GET());
    assertThat(badUtf8.statusCode()).isBetween(400, 499);
    assertThat(badUtf8.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
  }

  @Test
  void staticFilesCarryTheSecurityHeaders() throws Exception {
    String css =
        send(at("/about").GET()).body().replaceAll("(?s).*href=\"(/static/[^\"]+)\".*", "$1");
    HttpResponse<String> r = send(at(css).GET());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
  }

  @Test
  void aFormPostFromAnotherSiteIsRefusedEvenWithTheToken() throws Exception {
    WebClient c = server.client();
    c.get("/");
    String csrf = c.cookie("pb_csrf");
    for (String[] header :
        new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
      HttpResponse<String> r =
          send(
              at("/theme")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", "pb_csrf=" + csrf)
                  .header(header[0], header[1])
                  .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&theme=dark")));
      assertThat(r.statusCode()).as(header[0]).isEqualTo(403);
    }
    HttpResponse<String> same =
        send(
            at("/theme")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "pb_csrf=" + csrf)
                .header("Origin", server.url(""))
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + csrf + "&theme=dark")));
    assertThat(same.statusCode()).isEqualTo(303);
  }

  @Test
  void aNonAsciiAddressGets400SayingWhy() {
    WebClient c = server.client();
    c.get("/");
    HttpResponse<String> r = c.post("/subscribe", Map.of("email", "jürgen@exämple.org"));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("ASCII");
    HttpResponse<String> s = c.post("/signin", Map.of("email", "jürgen@example.org"));
    assertThat(s.statusCode()).isEqualTo(400);
    assertThat(s.body()).contains("ASCII");
  }

  @Test
  void plusTagsDoNotMultiplyTheMailsOneMailboxGets() throws Exception {
    WebClient c = server.client();
    c.get("/");
    int mailed = 0;
    int refused = 0;
    for (int i = 0; i < 12; i++) {
      String path = i % 2 == 0 ? "/signin" : "/subscribe";
      HttpResponse<String> r = c.post(path, Map.of("email", "victim+" + i + "@lab.org"));
      if (r.statusCode() == 200) {
        mailed++;
        assertThat(r.body())
            .contains("At most " + MailLimits.PER_MAILBOX_PER_HOUR + " mails an hour");
      } else {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("name+anything@").doesNotContain("subscribed");
        refused++;
      }
    }
    assertThat(mailed).isEqualTo(MailLimits.PER_MAILBOX_PER_HOUR);
    assertThat(refused).isEqualTo(12 - MailLimits.PER_MAILBOX_PER_HOUR);
  }

  @Test
  void manyViewsFromOneClientCountOnceAndRobotsNotAtAll() throws Exception {
    var trending = server.app().trending();
    trending.flushViews();
    long before = views("r02");
    for (int i = 0; i < 50; i++) {
      send(at("/papers/r02").header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"));
      send(
          at("/papers/r02")
              .header("User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)"));
    }
    trending.flushViews();
    assertThat(views("r02")).isEqualTo(before + 1);
  }

  static long views(String id) {
    return server
        .app()
        .database()
        .read(
            c ->
                org.paperboy.db.Sql.count(
                    c, "SELECT COALESCE(MAX(views), 0) FROM paper_signals WHERE paper_id = ?", id));
  }

  @Test
  void httpsSitesSendHsts() throws Exception {
    org.paperboy.config.Config config =
        new org.paperboy.config.Config(
                dir.resolve("https"),
                Databases.sqlite(Files.createDirectories(dir.resolve("https"))),
                new org.paperboy.config.Config.Embeddings(null, null, null, 2))
            .withWeb(new org.paperboy.config.Config.Web(0, "https://papers.example.org"));
    try (org.paperboy.Paperboy app = new org.paperboy.Paperboy(config);
        WebServer web = app.webServer().start()) {
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + web.port() + "/about"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
    }
    assertThat(send(at("/about")).headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
