package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.WebClient;

/** Uploads made to cost, and uploads from the wrong people: bounded answers, the site still up. */
class HostileUploadsTest extends LibrarySite {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void filesMadeToCostGetA4xxOrAReportAndTheSiteStillAnswers() throws Exception {
    WebClient eve = signedIn("eve@library.test");
    HttpResponse<String> newlines = upload(eve, "n.bib", utf8("x" + "\n".repeat(80_000)), true);
    assertThat(newlines.statusCode()).isEqualTo(400);
    assertThat(newlines.body()).contains("This is not BibTeX, RIS or CSL JSON");

    StringBuilder bomb = new StringBuilder("@string{a0 = \"xxxxxxxxxx\"}\n");
    for (int i = 1; i <= 30; i++) {
      bomb.append("@string{a%d = a%d # a%d}\n".formatted(i, i - 1, i - 1));
    }
    bomb.append("@article{bomb, title = a30}\n");
    HttpResponse<String> exploded = upload(eve, "bomb.bib", utf8(bomb.toString()), true);
    assertThat(exploded.statusCode()).isEqualTo(200);
    assertThat(exploded.body()).contains("Import done").contains("longer than 10000 characters");

    String ris = "TY  - JOUR\nTI  - Long\n" + "more words\n".repeat(100_000) + "ER  - \n";
    HttpResponse<String> continued = upload(eve, "long.ris", utf8(ris), true);
    assertThat(continued.statusCode()).isEqualTo(200);
    assertThat(continued.body()).contains("RIS file: 1 entries read");

    HttpResponse<String> nested = upload(eve, "deep.json", utf8("[".repeat(200_000)), true);
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(nested.body()).contains("deeper than 64");
    HttpResponse<String> braces =
        upload(eve, "deep.bib", utf8("@a{k, title={" + "{".repeat(100_000) + "}}"), true);
    assertThat(braces.statusCode()).isEqualTo(400);
    assertThat(braces.body()).contains("Line 1").contains("nested deeper than 64");

    assertThat(eve.get("/healthz").statusCode()).isEqualTo(200);
  }

  @Test
  void anUploadFromNobodyOrWithoutTheFormTokenIsRefusedBeforeItsBodyIsRead() throws Exception {
    WebClient stranger = server.client();
    stranger.get("/library");
    HttpResponse<String> anonymous = post(stranger, "a.bib", utf8("x".repeat(200_000)), true);
    assertThat(anonymous.statusCode()).isEqualTo(403);
    WebClient fay = signedIn("fay@library.test");
    HttpResponse<String> tokenless = post(fay, "a.bib", utf8("@misc{a, title={A}}"), false);
    assertThat(tokenless.statusCode()).isEqualTo(403);
    try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("MultiPart"))).isEmpty();
    }
  }

  @Test
  void personalPagesAreKeptByNoCacheAndPublicOnesAreRevalidated() throws Exception {
    WebClient kim = signedIn("kim@library.test");
    for (String path : List.of("/library", "/", "/settings/tokens", "/about")) {
      assertThat(kim.get(path).headers().firstValue("Cache-Control"))
          .as(path)
          .hasValue("private, no-store");
    }
    WebClient anybody = server.client();
    assertThat(anybody.get("/about").headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(anybody.get("/api/v1/library").headers().firstValue("Cache-Control"))
        .hasValue("private, no-store");
  }

  @Test
  void aMalformedMultipartIsA400() throws Exception {
    WebClient gil = signedIn("gil@library.test");
    HttpResponse<String> r =
        send(
            gil,
            HttpRequest.newBuilder(
                    URI.create(server.url("/library/import?csrf=" + gil.cookie("pb_csrf"))))
                .header("Content-Type", "multipart/form-data; boundary=nope")
                .POST(HttpRequest.BodyPublishers.ofString("garbage without any boundary")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("malformed multipart");
  }

  @Test
  void aPersonMayUploadTenFilesAnHourThenIsToldWhenToComeBack() throws Exception {
    WebClient ivy = signedIn("ivy@library.test");
    byte[] file = utf8("@misc{a, title={Attention Is All You Need}}");
    for (int i = 0; i < 10; i++) {
      assertThat(upload(ivy, "a.bib", file, true).body()).contains("Import done");
    }
    HttpResponse<String> eleventh = post(ivy, "a.bib", file, true);
    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
    assertThat(eleventh.body()).contains("10 files this hour");
  }
}
