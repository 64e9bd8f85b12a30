package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Sql;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/** {@code /for-you} over HTTP: the front page of a signed-in person with a library. */
class ForYouPageTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", mail.port());
    server.app().search().embed(Long.MAX_VALUE, (done, total, rate) -> {});
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void save(String email, String... papers) {
    String user = server.app().recommendations().userId(email).orElseThrow();
    for (String p : papers) {
      server
          .app()
          .database()
          .inTransaction(
              c ->
                  Sql.update(
                      c,
                      "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                          + " VALUES (?, ?, 'saved', 'page', '2026-11-30T00:00:00Z')",
                      user,
                      p));
    }
  }

  @Test
  void aSignedInPersonWithALibrarySeesForYouFirstWithReasonsAndNeverTheirSavedPapers()
      throws Exception {
    WebClient ada = server.client();
    assertThat(ada.get("/for-you").statusCode()).isEqualTo(302); // not signed in: sign in first
    SignInAndVotesTestAccess.signIn(ada, mail, "ada@example.org");
    assertThat(ada.get("/").body()).doesNotContain("For you: "); // no library yet: trending
    save("ada@example.org", "r01", "r02", "r03");

    HttpResponse<String> front = ada.get("/?");
    String page = ada.get("/for-you?window=month").body();
    assertThat(front.statusCode()).isEqualTo(200);
    assertThat(ada.get("/").body()).contains("For you: This month");
    // a 14-paper corpus puts nothing over the threshold tuned for real corpora: the page says so
    assertThat(page).contains("For you: This month").contains("Nothing new close enough");
    for (String saved : new String[] {"r01", "r02", "r03"}) {
      assertThat(page).doesNotContain("href=\"/papers/" + saved + "\"");
    }
    assertThat(ada.get("/?window=day").body()).doesNotContain("For you: This month");
    assertThat(ada.get("/for-you?window=decade").statusCode()).isEqualTo(400);
  }

  /** Signs in through the mailed link, as the sign-in tests do. */
  static final class SignInAndVotesTestAccess {
    static void signIn(WebClient c, GreenMailExtension mail, String email) throws Exception {
      int before = mail.getReceivedMessages().length;
      c.get("/signin?next=/");
      c.post("/signin", Map.of("email", email, "next", "/"));
      assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
      String link =
          SignInAndVotesTest.link(GreenMailUtil.getBody(mail.getReceivedMessages()[before]));
      String token = link.replaceAll(".*token=", "");
      assertThat(c.post("/signin/confirm", Map.of("token", token, "next", "/")).statusCode())
          .isEqualTo(303);
    }
  }
}
