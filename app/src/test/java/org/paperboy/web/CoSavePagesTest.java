package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
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

/**
 * "Readers who saved this also saved" on a paper's page, shown only once a pair of papers reaches
 * the minimum of readers; and the setting that keeps a reader's saves out of it.
 */
class CoSavePagesTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir Path dir;
  TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", mail.port());
    for (String r : List.of("r1", "r2", "r3")) {
      server
          .app()
          .database()
          .inTransaction(
              c ->
                  Sql.update(
                      c,
                      "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                      r,
                      r + "@example.org",
                      "2026-11-30T00:00:00Z"));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void save(String user, String... papers) {
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
  void thePaperPageShowsWhatReadersAlsoSavedOnlyWhenTheMinimumHolds() {
    WebClient anyone = server.client();
    save("r1", "r01", "r11");
    save("r2", "r01", "r11");
    server.app().recommendations().refreshCoSaves();
    String page = anyone.get("/papers/r01").body();
    assertThat(page).doesNotContain("Readers who saved this also saved"); // two readers

    save("r3", "r01", "r11");
    server.app().recommendations().refreshCoSaves();
    page = anyone.get("/papers/r01").body();
    assertThat(page).contains("Readers who saved this also saved");
    String section = page.substring(page.indexOf("also-saved-heading"));
    assertThat(section).contains("href=\"/papers/r11\"").contains("Saved with this by 3 readers");
    assertThat(section).doesNotContain("r1@example.org").doesNotContain("r2@");
    assertThat(anyone.get("/papers/r11").body()).contains("href=\"/papers/r01\"");
    assertThat(anyone.get("/papers/r05").body()).doesNotContain("Readers who saved this");
  }

  @Test
  void aReaderCanKeepTheirSavesOutOfCoSaves() throws Exception {
    WebClient ada = server.client();
    assertThat(ada.get("/settings/co-saves").statusCode()).isEqualTo(403); // not signed in
    ForYouPageTest.SignInAndVotesTestAccess.signIn(ada, mail, "ada@example.org");
    String user = server.app().recommendations().userId("ada@example.org").orElseThrow();
    save("r1", "r01", "r11");
    save("r2", "r01", "r11");
    save(user, "r01", "r11");
    server.app().recommendations().refreshCoSaves();
    assertThat(server.client().get("/papers/r01").body()).contains("Readers who saved this");

    assertThat(ada.get("/settings/co-saves").body()).contains("are counted");
    var off = ada.post("/settings/co-saves", Map.of("share", "no"));
    assertThat(off.statusCode()).isEqualTo(303);
    assertThat(ada.get("/settings/co-saves?notice=saved").body())
        .contains("are not counted")
        .contains("Saved.");
    assertThat(server.app().recommendations().coSavesOptedOut(user)).isTrue();
    server.app().recommendations().refreshCoSaves();
    assertThat(server.client().get("/papers/r01").body()).doesNotContain("Readers who saved this");

    var bad = ada.post("/settings/co-saves", Map.of("share", "maybe"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).doesNotContain("Exception");
    ada.post("/settings/co-saves", Map.of("share", "yes"));
    assertThat(server.app().recommendations().coSavesOptedOut(user)).isFalse();
  }
}
