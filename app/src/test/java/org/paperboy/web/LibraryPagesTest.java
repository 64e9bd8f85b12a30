package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperboy.library.Mark;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.WebClient;

/** The library through the real server: save, dismiss, the page, exports, escaping. */
class LibraryPagesTest extends LibrarySite {
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
