package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Sql;
import org.paperboy.recommend.Recommendations;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/**
 * A mailed digest with a "For you" section: a reader with three saved papers on speculative
 * decoding gets the two new near-copies of them (over the product's threshold, with the real
 * embedding model), each with its reason and the two signed feedback links, and never again.
 */
class ForYouDigestTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir Path dir;
  TestServer server;
  // a few days after the fixture's papers (2026-11-21 to 11-28), inside the For you window
  MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));

  @BeforeEach
  void start() {
    server =
        TestServer.start(dir, Databases.sqlite(dir), "foryou-corpus.jsonl", mail.port(), clock);
    server.app().search().embed(Long.MAX_VALUE, (done, total, rate) -> {});
    clock.advance(java.time.Duration.ofMinutes(1)); // the papers were first seen before "now"
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Subscribes and confirms over HTTP, then asks for daily digests without trending. */
  private void subscribe(String email) throws Exception {
    WebClient c = server.client();
    c.get("/");
    c.post("/subscribe", Map.of("email", email));
    assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
    String confirm = DigestFlowTest.link(mail.getReceivedMessages()[0], "/subscribe/confirm");
    String token = confirm.replaceAll(".*token=", "");
    HttpResponse<String> done = c.post("/subscribe/confirm", Map.of("token", token));
    String settings = done.headers().firstValue("Location").orElseThrow();
    DigestFlowTest.saveSettings(c, DigestFlowTest.token(settings), "5", false, "notice");
  }

  /** An account for the address, with these papers saved in its library. */
  private void saved(String email, String... papers) {
    server
        .app()
        .database()
        .inTransaction(
            c -> {
              Sql.update(
                  c,
                  "INSERT INTO users (id, email, created_at) VALUES ('u-ada', ?, ?)",
                  email,
                  clock.instant().toString());
              for (String p : papers) {
                Sql.update(
                    c,
                    "INSERT INTO library (user_id, paper_id, state, origin, created_at)"
                        + " VALUES ('u-ada', ?, 'saved', 'page', ?)",
                    p,
                    clock.instant().toString());
              }
              return null;
            });
  }

  @Test
  void theDigestRecommendsNewPapersLikeTheSavedOnesWithReasonsAndFeedbackLinksOnlyOnce()
      throws Exception {
    subscribe("ada@lab.org");
    saved("ada@lab.org", "s01", "s02", "s03");
    LocalDate tomorrow = clock.today().plusDays(1);

    assertThat(server.app().digests().send(tomorrow).sent()).isEqualTo(1);
    assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
    MimeMessage digest = mail.getReceivedMessages()[1];
    MimeMultipart parts = (MimeMultipart) digest.getContent();
    String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
    String html = (String) parts.getBodyPart(1).getContent();
    String forYou = text.substring(text.indexOf("For you\n"), text.indexOf("\n--\n"));
    assertThat(forYou)
        .contains("Speculative decoding with a small draft model for faster language model")
        .contains("Medusa-2: multiple decoding heads")
        .contains("which you saved")
        .contains("More like this: http://")
        .contains("Not for me: http://")
        // the saved papers themselves and the unrelated ones stay out
        .doesNotContain("/papers/s01")
        .doesNotContain("Coral reef")
        .doesNotContain("Bridge cable");
    assertThat(html).contains("For you").contains("which you saved").contains("/library/feedback");

    // "not for me" as a mail scanner sees it: a GET shows one button and records nothing
    String notForMe = forYou.replaceAll("(?s).*?Not for me: (\\S+).*", "$1");
    HttpResponse<String> page =
        server.client().get(notForMe.substring(notForMe.indexOf("/library")));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<form").contains("method=\"post\"");

    // a later digest never brings them again, even were they new in its window
    Recommendations r = server.app().recommendations();
    var all = server.app().papers().findAll(List.of("n01", "n02", "o01", "o02"));
    assertThat(
            r.forDigest(
                "ada@lab.org", r.candidates(all.values()), tomorrow.plusDays(1), Set.of(), false))
        .extracting(p -> p.paper().id())
        .doesNotContain("n01", "n02");
    // while the same day's digest, composed again (a retry), shows them as before
    assertThat(r.forDigest("ada@lab.org", r.candidates(all.values()), tomorrow, Set.of(), false))
        .extracting(p -> p.paper().id())
        .contains("n01", "n02");
  }
}
