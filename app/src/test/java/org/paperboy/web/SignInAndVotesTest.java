package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/** Passwordless sign-in through a real SMTP server (GreenMail), then votes. */
class SignInAndVotesTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", mail.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Signs the client in through the link mailed to the address; returns the link. */
  static String signIn(WebClient client, String email, String next) throws Exception {
    int before = mail.getReceivedMessages().length;
    client.get("/signin?next=" + next);
    HttpResponse<String> asked = client.post("/signin", Map.of("email", email, "next", next));
    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body()).contains("Check your inbox");
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
    MimeMessage m = mail.getReceivedMessages()[before];
    assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email.toLowerCase());
    assertThat(m.getFrom()[0].toString()).isEqualTo("Paperboy <papers@paperboy.test>");
    assertThat(m.getHeader("Message-ID")[0]).matches("<[0-9a-f]{24}@localhost>");
    String link = link(GreenMailUtil.getBody(m));
    String path = link.substring(link.indexOf("/signin/confirm"));
    HttpResponse<String> confirm = client.get(path);
    assertThat(confirm.body()).contains("Sign in as " + email.toLowerCase());
    String token = path.replaceAll(".*token=", "");
    HttpResponse<String> done =
        client.post("/signin/confirm", Map.of("token", token, "next", next));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(done.headers().firstValue("Location")).hasValue(next);
    return path;
  }

  static String link(String body) {
    Matcher m =
        Pattern.compile("(http://\\S+/signin/confirm\\S+)").matcher(body.replace("=\r\n", ""));
    assertThat(m.find()).as(body).isTrue();
    return m.group(1).replace("=3D", "=");
  }

  @Test
  void aPersonSignsInByMailVotesAndTakesTheVoteBack() throws Exception {
    WebClient ada = server.client();
    String path = signIn(ada, "Ada@Example.org", "/papers/r05");
    String page = ada.get("/papers/r05").body();
    assertThat(page).contains("ada@example.org").contains("Sign out");

    HttpResponse<String> vote = ada.post("/vote", Map.of("paper", "r05", "next", "/papers/r05"));
    assertThat(vote.statusCode()).isEqualTo(303);
    assertThat(ada.get("/api/v1/papers/r05").body()).contains("\"votes\":1");
    assertThat(ada.get("/papers/r05").body()).contains("aria-pressed=\"true\"");
    ada.post("/vote", Map.of("paper", "r05", "next", "/"));
    assertThat(ada.get("/api/v1/papers/r05").body()).contains("\"votes\":0");

    // the link worked once
    HttpResponse<String> again = ada.get(path);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("This sign-in link no longer works");

    ada.post("/signout", Map.of());
    assertThat(ada.get("/").body()).contains(">Sign in<");
  }

  @Test
  void votesOfTwoPeopleAddUpAndReorderTheTrendingList() throws Exception {
    WebClient a = server.client();
    WebClient b = server.client();
    signIn(a, "a@votes.test", "/");
    signIn(b, "b@votes.test", "/");
    a.post("/vote", Map.of("paper", "r08", "next", "/"));
    b.post("/vote", Map.of("paper", "r08", "next", "/"));
    assertThat(a.get("/api/v1/papers/r08").body()).contains("\"votes\":2");
  }

  @Test
  void votingSignedOutLeadsToSignInAndAFormWithoutItsTokenIsRefused() {
    WebClient anon = server.client();
    anon.get("/");
    HttpResponse<String> r = anon.post("/vote", Map.of("paper", "r01", "next", "/papers/r01"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location").orElse("")).startsWith("/signin?next=");
    HttpResponse<String> forged =
        anon.post("/vote", Map.of("csrf", "forged-token", "paper", "r01", "next", "/"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("This form has expired");
  }

  @Test
  void theSignInFormAnswersTheSameForKnownUnknownAndBadAddresses() throws Exception {
    WebClient known = server.client();
    signIn(known, "known@example.org", "/");
    WebClient asker = server.client();
    asker.get("/signin");
    String forKnown = asker.post("/signin", Map.of("email", "known@example.org")).body();
    String forUnknown = asker.post("/signin", Map.of("email", "nobody@example.org")).body();
    assertThat(forKnown.replace("known@", "X@")).isEqualTo(forUnknown.replace("nobody@", "X@"));
    HttpResponse<String> bad = asker.post("/signin", Map.of("email", "not an address"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("does not look like an email address");
  }

  @Test
  void unknownAndMalformedLinksGetAClearPage() {
    WebClient c = server.client();
    for (String token : new String[] {"nonsense", "A".repeat(43), ""}) {
      HttpResponse<String> r = c.get("/signin/confirm?token=" + token);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("This sign-in link no longer works");
    }
  }

  @Test
  void nextPathsCannotLeaveTheSite() {
    assertThat(Params.localPath("//evil.example/x")).isEqualTo("/");
    assertThat(Params.localPath("https://evil.example/")).isEqualTo("/");
    assertThat(Params.localPath("/\\evil.example")).isEqualTo("/");
    assertThat(Params.localPath("/papers/r01?x=1")).isEqualTo("/papers/r01?x=1");
  }
}
