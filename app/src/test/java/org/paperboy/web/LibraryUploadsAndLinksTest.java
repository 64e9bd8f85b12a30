package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperboy.library.Feedback;
import org.paperboy.library.Library;
import org.paperboy.library.Mark;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.WebClient;

/** Uploads, personal API tokens and digest feedback links through the real server. */
class LibraryUploadsAndLinksTest extends LibrarySite {
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
}
