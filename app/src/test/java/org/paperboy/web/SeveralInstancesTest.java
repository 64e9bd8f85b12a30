package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.TestApp;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/**
 * Several instances on one PostgreSQL, as docs/operations.md sets them up behind a proxy: two
 * servers, each with its own data folder, and a third process importing. A visitor signed in on one
 * is signed in on the other, a vote cast on one counts on both, and the papers the third imports
 * are found by both.
 */
class SeveralInstancesTest {
  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir Path dir;

  @Test
  void twoServersShareSessionsVotesAndWhatAThirdProcessImports() throws Exception {
    String url = Databases.freshPostgres();
    try (TestServer a = TestServer.start(dir.resolve("a"), url, "web-corpus.jsonl", mail.port());
        TestServer b = TestServer.start(dir.resolve("b"), url, null, mail.port())) {
      WebClient onA = a.client();
      WebClient onB = onA.at(b.url(""));

      // asked on A, the link confirmed on B: the session then holds on both
      onA.get("/signin");
      assertThat(onA.post("/signin", Map.of("email", "ada@lab.org", "next", "/")).statusCode())
          .isEqualTo(200);
      assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
      String token = token(GreenMailUtil.getBody(mail.getReceivedMessages()[0]));
      assertThat(onB.post("/signin/confirm", Map.of("token", token, "next", "/")).statusCode())
          .isEqualTo(303);
      assertThat(onA.get("/papers/r05").body()).contains("ada@lab.org").contains("Sign out");
      assertThat(onB.get("/papers/r05").body()).contains("ada@lab.org").contains("Sign out");

      // a vote cast on B counts on A
      assertThat(onB.post("/vote", Map.of("paper", "r05", "next", "/")).statusCode())
          .isEqualTo(303);
      assertThat(onA.get("/api/v1/papers/r05").body()).contains("\"votes\":1");
      assertThat(onB.get("/api/v1/papers/r05").body()).contains("\"votes\":1");

      // a third process imports; both servers find its papers once their index catches up
      Path file = dir.resolve("more.jsonl");
      Files.writeString(
          file,
          "{\"id\":\"third1\",\"title\":\"Zeolite membranes for a third process\","
              + "\"abstract\":\"Imported beside two servers.\",\"authors\":[\"C. Third\"],"
              + "\"categories\":[\"cs.DB\"],\"published\":\"2026-11-01\"}\n");
      Process cli =
          TestApp.cli(
                  dir.resolve("import.log").toFile(),
                  "import",
                  "--data",
                  dir.resolve("c").toString(),
                  "--db",
                  url,
                  file.toString())
              .start();
      assertThat(cli.waitFor(3, TimeUnit.MINUTES)).isTrue();
      assertThat(cli.exitValue()).as(Files.readString(dir.resolve("import.log"))).isZero();
      for (TestServer s : new TestServer[] {a, b}) {
        s.app().search().catchUp(); // what each server's index-sync job does every few seconds
        HttpResponse<String> found = onA.at(s.url("")).get("/api/v1/search?q=zeolite&mode=keyword");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"third1\"");
      }
    }
  }

  private static String token(String body) {
    // the mail is quoted-printable: soft line breaks and "=3D" for "="
    String text = body.replace("=\r\n", "").replace("=3D", "=");
    Matcher m = Pattern.compile("/signin/confirm\\?\\S*token=([A-Za-z0-9_-]+)").matcher(text);
    assertThat(m.find()).as(text).isTrue();
    return m.group(1);
  }
}
