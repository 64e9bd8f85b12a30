package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;
import org.paperboy.web.view.Assets;

/** What readers notice about pages: titles, link previews, dates, math, icons and headers. */
class PageDetailsTest {
  static final Clock TODAY = Clock.fixed(Instant.parse("2024-02-08T12:00:00Z"), ZoneOffset.UTC);
  @TempDir static Path dir;
  static TestServer server;
  static WebClient client;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "tex-corpus.jsonl", 0, TODAY);
    client = server.client();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPapersPageIsTitledByThePaperWithItsTexAsText() {
    String page = client.get("/papers/t01").body();
    assertThat(page)
        .contains(
            "<title>MERGE^3: Efficient Evolutionary Merging on Consumer-grade GPUs — Paperboy</title>")
        .contains("<h1>MERGE$^3$: Efficient Evolutionary Merging on Consumer-grade GPUs</h1>");
    assertThat(client.get("/").body()).contains("<title>Trending papers — Paperboy</title>");
  }

  @Test
  void paperPagesCarryOpenGraphAndTwitterCardsAndACanonicalLink() {
    String page = client.get("/papers/t01").body();
    String url = server.url("/papers/t01");
    assertThat(page)
        .contains("<link rel=\"canonical\" href=\"" + url + "\">")
        .contains("<meta property=\"og:url\" content=\"" + url + "\">")
        .contains("<meta property=\"og:title\" content=\"MERGE^3: Efficient Evolutionary Merging")
        .contains("<meta name=\"twitter:card\" content=\"summary\">")
        .contains("<meta property=\"og:description\" content=\"We merge models with α-weighted")
        .contains("O(n^2) time, without gradients.");
  }

  @Test
  void datesAreInTheReadersWordsWithTheFullDateOnHover() {
    String page = client.get("/papers/t01").body();
    assertThat(page)
        .contains(
            "<time datetime=\"2024-02-05\" title=\"Monday, 5 February 2024\">3 days ago</time>");
    assertThat(client.get("/papers/t03").body()).contains(">today</time>");
  }

  @Test
  void foldedAuthorsOpenInPlaceWithoutScript() {
    String page = client.get("/?window=week").body();
    assertThat(page)
        .contains("<details class=\"more-authors\"><summary><span class=\"closed\">+4 more</span>")
        .contains(">Ed Fifth</a></details>");
    // a paper's own page names everyone at once
    assertThat(client.get("/papers/t01").body()).doesNotContain("more-authors");
  }

  @Test
  void theSearchBoxKeepsTheQuery() {
    String page = client.get("/search?q=evolutionary+merging").body();
    assertThat(page).contains("id=\"q\" name=\"q\" type=\"search\" value=\"evolutionary merging\"");
  }

  @Test
  void aHighlightInsideAFormulaMarksTheWholeFormula() {
    String page = client.get("/search?q=alpha+weighted&mode=keyword").body();
    Matcher snippet = Pattern.compile("<p class=\"snippet\">(.*?)</p>").matcher(page);
    assertThat(snippet.find()).isTrue();
    assertThat(snippet.group(1)).contains("<mark>$\\alpha$").doesNotContain("$\\<mark>");
  }

  @Test
  void pagesLoadScriptsOnlyFromFilesUnderAStrictPolicy() {
    HttpResponse<String> r = client.get("/papers/t01");
    String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self';").doesNotContain("unsafe");
    assertThat(r.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    assertThat(r.body())
        .contains("<script defer src=\"" + Assets.KATEX + "/katex.min.js\"></script>")
        .contains("<script defer src=\"/static/math.js?v=");
  }

  @Test
  void katexAndTheIconAreServedByPaperboyForAYear() {
    for (String path :
        new String[] {
          Assets.KATEX + "/katex.min.js",
          Assets.KATEX + "/katex.min.css",
          Assets.KATEX + "/contrib/auto-render.min.js",
          Assets.KATEX + "/fonts/KaTeX_Main-Regular.woff2",
          "/static/math.js",
          "/static/favicon.svg"
        }) {
      HttpResponse<String> r = client.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Cache-Control").orElse(""))
          .as(path)
          .contains("max-age=31536000");
    }
    assertThat(client.get("/static/favicon.svg").headers().firstValue("Content-Type").orElse(""))
        .startsWith("image/svg+xml");
    assertThat(client.get("/").body())
        .contains("<link rel=\"icon\" href=\"/static/favicon.svg?v=")
        .contains("<link rel=\"canonical\" href=\"" + server.url("/") + "\">");
  }

  @Test
  void feedsShowTexAsReadableText() {
    String feed = client.get("/feeds/search.atom?q=evolutionary+merging").body();
    assertThat(feed)
        .contains("<title>MERGE^3: Efficient Evolutionary Merging on Consumer-grade GPUs</title>")
        .contains("We merge models with α-weighted averages in O(n^2) time, without gradients.")
        .doesNotContain("$^3$");
    String hostile = client.get("/feeds/search.atom?q=hostile").body();
    // an href shows its words and never its address; a url command its address as plain text
    assertThat(hostile)
        .contains("<title>Hostile click me and x with javascript:alert(3)</title>")
        .doesNotContain("alert(1)")
        .doesNotContain("\\href");
  }
}
