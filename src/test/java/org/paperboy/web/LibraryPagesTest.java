package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.library.Feedback;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/** The library through the real server: save, dismiss, the page, export, import, tokens, links. */
class LibraryPagesTest {
  static final int SMTP = TestServer.freePort();
  static final String HOSTILE = "<img src=x onerror=alert(1)> & \"quotes\"";

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  @TempDir static Path dir;
  static TestServer server;
  static MutableClock clock = new MutableClock();
  static LocalHttpServer arxiv;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", SMTP, clock);
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

  static HttpResponse<String> upload(WebClient c, String filename, byte[] content, boolean csrf)
      throws Exception {
    String boundary = "----paperboy" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (csrf) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                  + c.cookie("pb_csrf")
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
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
        HttpRequest.newBuilder(URI.create(server.url("/library/import")))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  @Test
  void aPersonSavesWithAPlainFormOrTheScriptAndFindsThePaperInTheLibrary() throws Exception {
    WebClient ada = signedIn("ada@library.test");
    String page = ada.get("/papers/r05").body();
    assertThat(page)
        .contains("action=\"/library/mark\"")
        .contains("☆ Save")
        .contains("/static/library.js");
    HttpResponse<String> saved =
        ada.post("/library/mark", Map.of("paper", "r05", "action", "save", "next", "/papers/r05"));
    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location")).hasValue("/papers/r05#paper-r05");
    assertThat(ada.get("/papers/r05").body()).contains("★ Saved").contains("aria-pressed=\"true\"");

    HttpResponse<String> json = markByScript(ada, "r04", "save");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).contains("\"state\":\"saved\"").contains("\"paper\":\"r04\"");

    String library = ada.get("/library").body();
    assertThat(library)
        .contains("2 saved papers")
        .contains("id=\"paper-r05\"")
        .contains("id=\"paper-r04\"");
    assertThat(ada.get("/library?q=eigensolver").body())
        .contains("1 saved paper")
        .contains("paper-r05")
        .doesNotContain("paper-r04");
    assertThat(ada.get("/library?sort=published").statusCode()).isEqualTo(200);
    assertThat(ada.get("/library?sort=sideways").statusCode()).isEqualTo(400);

    assertThat(markByScript(ada, "r04", "unsave").body()).contains("\"state\":\"none\"");
    assertThat(ada.get("/library").body()).contains("1 saved paper");
  }

  @Test
  void notInterestedHidesThePaperFromListsUntilUndone() throws Exception {
    WebClient bea = signedIn("bea@library.test");
    assertThat(bea.get("/search?q=quantum").body()).contains("id=\"paper-r04\"");
    assertThat(markByScript(bea, "r04", "dismiss").body()).contains("\"state\":\"dismissed\"");
    assertThat(bea.get("/search?q=quantum").body()).doesNotContain("id=\"paper-r04\"");
    assertThat(bea.get("/papers/r04").body()).contains("Not interested · undo");
    WebClient other = server.client();
    assertThat(other.get("/search?q=quantum").body()).contains("id=\"paper-r04\"");
    bea.post("/library/mark", Map.of("paper", "r04", "action", "undismiss", "next", "/"));
    assertThat(bea.get("/search?q=quantum").body()).contains("id=\"paper-r04\"");
  }

  @Test
  void visitorsWhoAreNotSignedInAreSentToSignInAndForgedFormsAreRefused() throws Exception {
    WebClient anon = server.client();
    assertThat(anon.get("/papers/r01").body()).contains("aria-label=\"Sign in to save");
    HttpResponse<String> r =
        anon.post("/library/mark", Map.of("paper", "r01", "action", "save", "next", "/papers/r01"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/signin?next=");
    assertThat(markByScript(anon, "r01", "save").statusCode()).isEqualTo(401);
    assertThat(anon.get("/library").headers().firstValue("Location").orElse(""))
        .startsWith("/signin");
    assertThat(anon.get("/library/export.bib").statusCode()).isEqualTo(403);
    assertThat(anon.get("/settings/tokens").statusCode()).isEqualTo(403);

    WebClient cy = signedIn("cy@library.test");
    HttpResponse<String> forged =
        cy.post("/library/mark", Map.of("csrf", "forged", "paper", "r01", "action", "save"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(upload(cy, "x.bib", Fixtures.bytes("library/zotero.bib"), false).statusCode())
        .isEqualTo(403);
    assertThat(cy.post("/settings/tokens", Map.of("csrf", "forged", "name", "x")).statusCode())
        .isEqualTo(403);
    assertThat(
            server
                .app()
                .library()
                .ids(server.app().library().userIdFor("cy@library.test"), Mark.SAVED))
        .isEmpty();
  }

  @Test
  void nobodySeesOrChangesAnotherPersonsLibrary() throws Exception {
    WebClient dan = signedIn("dan@library.test");
    WebClient eve = signedIn("eve@library.test");
    dan.post("/library/mark", Map.of("paper", "r03", "action", "save", "next", "/"));
    assertThat(eve.get("/library").body()).contains("0 saved papers").doesNotContain("paper-r03");
    assertThat(eve.get("/library/export.bib").body()).doesNotContain("r03");
    assertThat(eve.get("/papers/r03").body()).contains("☆ Save").doesNotContain("★ Saved");
    dan.post("/settings/tokens", Map.of("name", "dan's reader"));
    String tokenId =
        server
            .app()
            .library()
            .tokens(server.app().library().userIdFor("dan@library.test"))
            .getFirst()
            .id();
    assertThat(eve.post("/settings/tokens/revoke", Map.of("token", tokenId)).statusCode())
        .isEqualTo(404);
    assertThat(eve.get("/settings/tokens").body())
        .doesNotContain("dan&#39;s reader")
        .doesNotContain("dan's reader");
  }

  @Test
  void exportsDownloadAsBibtexAndCslJson() throws Exception {
    WebClient fay = signedIn("fay@library.test");
    fay.post("/library/mark", Map.of("paper", "1706.03762", "action", "save", "next", "/"));
    HttpResponse<String> bib = fay.get("/library/export.bib");
    assertThat(bib.statusCode()).isEqualTo(200);
    assertThat(bib.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"paperboy-library.bib\"");
    assertThat(bib.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-bibtex");
    assertThat(bib.body())
        .contains("eprint = {1706.03762}")
        .contains("title = {Attention Is All You Need}");
    HttpResponse<String> csl = fay.get("/library/export.json");
    assertThat(csl.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"paperboy-library.json\"");
    assertThat(csl.body()).contains("\"number\" : \"arXiv:1706.03762\"");
  }

  @Test
  void anUploadIsImportedAndReportedWithHostileTitlesEscaped() throws Exception {
    WebClient gus = signedIn("gus@library.test");
    HttpResponse<String> r =
        upload(gus, "My Library.bib", Fixtures.bytes("library/zotero.bib"), true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Import done").contains("BibTeX file: 7 entries read");
    assertThat(r.body()).contains("<strong>1</strong> fetched from arXiv");
    assertThat(r.body())
        .contains("arXiv does not know arXiv:2401.99999")
        .contains("entry hostile_2024");
    assertThat(r.body()).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
    assertThat(r.body()).contains("malformed BibTeX");
    assertThat(gus.get("/library").body())
        .contains("KernelBench")
        .contains("Attention Is All You Need");
  }

  @Test
  void emptyForeignAndOversizedUploadsImportNothingAndSaySo() throws Exception {
    WebClient hal = signedIn("hal@library.test");
    HttpResponse<String> empty = upload(hal, "empty.bib", new byte[0], true);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("The file is empty.").contains("Nothing was imported.");
    HttpResponse<String> pdf =
        upload(hal, "paper.pdf", "%PDF-1.7\n\0\1\2".getBytes(StandardCharsets.ISO_8859_1), true);
    assertThat(pdf.statusCode()).isEqualTo(400);
    assertThat(pdf.body()).contains("not a text file");
    HttpResponse<String> letter =
        upload(hal, "notes.txt", "Dear editor, thank you.".getBytes(StandardCharsets.UTF_8), true);
    assertThat(letter.body()).contains("This is not BibTeX, RIS or CSL JSON");

    // 50 MB announced: refused from the headers, before the body is read
    try (Socket s = new Socket("127.0.0.1", URI.create(server.url("/")).getPort())) {
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /library/import HTTP/1.1\r\nHost: localhost\r\nCookie: pb_csrf="
                  + hal.cookie("pb_csrf")
                  + "; pb_session="
                  + hal.cookie("pb_session")
                  + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 52428800\r\n\r\n--x\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      s.setSoTimeout(10_000);
      InputStream in = s.getInputStream();
      String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(head).isEqualTo("HTTP/1.1 413");
    }
    assertThat(hal.get("/library").body()).contains("0 saved papers");
  }

  @Test
  void personalTokensAreShownOnceAndOpenTheLibraryApiUntilRevoked() throws Exception {
    WebClient ida = signedIn("ida@library.test");
    ida.post("/library/mark", Map.of("paper", "r02", "action", "save", "next", "/"));
    String created = ida.post("/settings/tokens", Map.of("name", "Feed reader")).body();
    Matcher m = Pattern.compile("(pb_[A-Za-z0-9_-]{43})").matcher(created);
    assertThat(m.find()).isTrue();
    String token = m.group(1);
    assertThat(ida.get("/settings/tokens").body()).contains("Feed reader").doesNotContain(token);
    assertThat(server.app().library().userForToken(token))
        .contains(server.app().library().userIdFor("ida@library.test"));

    WebClient program = server.client();
    HttpResponse<String> list = program.get("/api/v1/library", "Authorization", "Bearer " + token);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"id\":\"r02\"").contains("\"total\":1");
    HttpResponse<String> post =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url("/api/v1/library")))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"paper\": \"r01\", \"action\": \"dismiss\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(post.body()).contains("\"state\":\"dismissed\"");
    assertThat(program.get("/api/v1/library").statusCode()).isEqualTo(401);
    assertThat(program.get("/api/v1/library", "Authorization", "Bearer pb_wrong").statusCode())
        .isEqualTo(401);

    String id =
        server
            .app()
            .library()
            .tokens(server.app().library().userIdFor("ida@library.test"))
            .getFirst()
            .id();
    assertThat(ida.post("/settings/tokens/revoke", Map.of("token", id)).statusCode())
        .isEqualTo(303);
    assertThat(program.get("/api/v1/library", "Authorization", "Bearer " + token).statusCode())
        .isEqualTo(401);
  }

  @Test
  void digestFeedbackLinksAskOnGetRecordOnPostAndRefuseForgedOrExpiredTokens() throws Exception {
    Library library = server.app().library();
    Feedback.Links links = library.feedbackLinks("reader@mail.test", "x666");
    String more = links.moreLikeThis().substring(links.moreLikeThis().indexOf("/library/"));
    WebClient scanner = server.client();
    HttpResponse<String> shown = scanner.get(more);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Save it")
        .contains("&lt;img src=x")
        .doesNotContain("<img src=x");
    String reader = library.userIdFor("reader@mail.test");
    assertThat(library.markOf(reader, "x666")).isEmpty(); // a GET records nothing

    String token = more.substring(more.indexOf("t=") + 2);
    String plain = java.net.URLDecoder.decode(token, StandardCharsets.UTF_8);
    HttpResponse<String> done = scanner.post("/library/feedback", Map.of("t", plain));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("Saved");
    assertThat(library.markOf(reader, "x666")).contains(Mark.SAVED);

    String forged = plain.substring(0, plain.length() - 2) + (plain.endsWith("AA") ? "BB" : "AA");
    assertThat(scanner.get("/library/feedback?t=" + forged).statusCode()).isEqualTo(400);
    assertThat(scanner.post("/library/feedback", Map.of("t", forged)).body())
        .contains("This link does not work");

    String less = links.notForMe().substring(links.notForMe().indexOf("t=") + 2);
    clock.advance(Library.FEEDBACK_LIFETIME.plusDays(1));
    try {
      HttpResponse<String> expired =
          scanner.post(
              "/library/feedback",
              Map.of("t", java.net.URLDecoder.decode(less, StandardCharsets.UTF_8)));
      assertThat(expired.statusCode()).isEqualTo(400);
      assertThat(library.markOf(reader, "x666")).contains(Mark.SAVED);
    } finally {
      clock.advance(Library.FEEDBACK_LIFETIME.plusDays(1).negated());
    }
  }

  @Test
  void hostileTitlesAreEscapedOnCardsAndInTheLibrary() throws Exception {
    WebClient jo = signedIn("jo@library.test");
    jo.post("/library/mark", Map.of("paper", "x666", "action", "save", "next", "/"));
    String library = jo.get("/library").body();
    assertThat(library)
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x")
        .doesNotContain("<script>alert(2)");
    assertThat(jo.get("/library").headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'");
    assertThat(jo.get("/static/library.js").statusCode()).isEqualTo(200);
  }
}
