package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/**
 * Subscribe, confirm, add a topic, get the digest, unsubscribe in one click: all over HTTP and
 * SMTP.
 */
class DigestFlowTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir Path dir;
  TestServer server;
  MutableClock clock = new MutableClock();

  @BeforeEach
  void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), "web-corpus.jsonl", mail.port(), clock);
    clock.advance(java.time.Duration.ofMinutes(1)); // the papers were first seen before "now"
  }

  @AfterEach
  void stop() {
    server.close();
  }

  static String link(MimeMessage m, String path) {
    String body = GreenMailUtil.getBody(m).replace("=\r\n", "").replace("=3D", "=");
    Matcher x = Pattern.compile("(http://\\S+" + Pattern.quote(path) + "\\S+)").matcher(body);
    assertThat(x.find()).as(body).isTrue();
    return x.group(1);
  }

  /** Subscribes through the pages and confirms; returns the settings path with its token. */
  String subscribe(WebClient c, String email) throws Exception {
    int before = mail.getReceivedMessages().length;
    c.get("/");
    HttpResponse<String> r = c.post("/subscribe", Map.of("email", email));
    assertThat(r.body()).contains("Check your inbox");
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
    MimeMessage confirmation = mail.getReceivedMessages()[before];
    assertThat(confirmation.getSubject()).isEqualTo("Confirm your Paperboy digest");
    String confirm = link(confirmation, "/subscribe/confirm");
    String path = confirm.substring(confirm.indexOf("/subscribe/confirm"));
    assertThat(c.get(path).body()).contains("Yes, subscribe");
    String token = path.replaceAll(".*token=", "");
    HttpResponse<String> done = c.post("/subscribe/confirm", Map.of("token", token));
    assertThat(done.statusCode()).isEqualTo(303);
    String settings = done.headers().firstValue("Location").orElseThrow();
    assertThat(settings).startsWith("/settings?token=");
    assertThat(c.get(settings).body()).contains("Subscribed.").contains(email);
    return settings;
  }

  /** Saves the delivery settings: daily at 07:00 UTC, with the paper count and choices given. */
  static void saveSettings(
      WebClient c, String token, String papers, boolean trending, String empty) {
    Map<String, String> form = new java.util.HashMap<>();
    form.putAll(
        Map.of(
            "token",
            token,
            "frequency",
            "daily",
            "weekday",
            "1",
            "hour",
            "7",
            "zone",
            "UTC",
            "papers",
            papers,
            "empty",
            empty));
    if (trending) {
      form.put("trending", "1");
    }
    c.post("/settings", form);
  }

  static String token(String settingsPath) {
    return settingsPath.replaceAll(".*token=([^&]+).*", "$1");
  }

  @Test
  void aSubscriberGetsOneDigestWithTheirTopicAndLeavesInOneClick() throws Exception {
    WebClient c = server.client();
    String settings = subscribe(c, "reader@lab.org");
    String token = token(settings);
    c.post("/settings/topics", Map.of("token", token, "name", "KV cache", "query", "KV cache"));
    saveSettings(c, token, "5", true, "notice");
    assertThat(c.get(settings).body()).contains("KV cache").contains("value=\"5\"");

    Digests.Preview preview = server.app().digests().preview("reader@lab.org").orElseThrow();
    assertThat(preview.mail().text()).contains("matches topic KV cache");
    assertThat(server.app().digests().dryRun(clock.today().plusDays(1))).hasSize(1);

    int before = mail.getReceivedMessages().length;
    LocalDate tomorrow = clock.today().plusDays(1);
    Digests.Report report = server.app().digests().send(tomorrow);
    assertThat(report.sent()).isEqualTo(1);
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
    MimeMessage digest = mail.getReceivedMessages()[before];
    assertThat(digest.getSubject()).startsWith("Paperboy: 5 papers for");
    assertThat(digest.getHeader("List-Unsubscribe-Post")[0])
        .isEqualTo("List-Unsubscribe=One-Click");
    String listUnsubscribe = digest.getHeader("List-Unsubscribe")[0];
    assertThat(listUnsubscribe)
        .contains("<http://localhost:")
        .contains("<mailto:papers@paperboy.test?subject=");
    assertThat(digest.getMessageID()).startsWith("<digest." + tomorrow + ".");
    MimeMultipart parts = (MimeMultipart) digest.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(text)
        .contains("KV cache compression by low-bit quantization")
        .contains("matches topic KV cache");
    assertThat(html)
        .contains("matches topic KV cache")
        .contains("trending today")
        .contains("Unsubscribe</a>");
    // hostile titles stay text in the HTML part
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>Bold</b>");

    // exactly once: sending again, even for the same date, sends nothing
    assertThat(server.app().digests().send(tomorrow).sent()).isZero();
    assertThat(server.app().digests().send(null).sent()).isZero();

    // one-click unsubscribe (RFC 8058): a POST to the header's URL, no cookies, no form token
    String url = listUnsubscribe.substring(1, listUnsubscribe.indexOf('>'));
    HttpResponse<String> out =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(out.statusCode()).isEqualTo(200);
    assertThat(out.body()).contains("Unsubscribed");
    assertThat(server.app().subscriptions().byEmail("reader@lab.org")).isEmpty();
    clock.advance(java.time.Duration.ofDays(2));
    assertThat(server.app().digests().send(tomorrow.plusDays(1)).queued()).isZero();
    assertThat(mail.getReceivedMessages()).hasSize(before + 1);
  }

  @Test
  void nothingIsSentBeforeConfirmationAndAnEmptyDayIsSaidPlainlyOrSkipped() throws Exception {
    WebClient c = server.client();
    c.get("/");
    c.post("/subscribe", Map.of("email", "unconfirmed@lab.org"));
    String settings = subscribe(c, "quiet@lab.org");
    LocalDate tomorrow = clock.today().plusDays(1);
    assertThat(server.app().digests().send(tomorrow).sent()).isEqualTo(1); // only the confirmed one

    // a day later nothing new has arrived: a short note says so
    clock.advance(java.time.Duration.ofDays(1));
    int before = mail.getReceivedMessages().length;
    assertThat(server.app().digests().send(tomorrow.plusDays(1)).sent()).isEqualTo(1);
    MimeMessage note = mail.getReceivedMessages()[before];
    assertThat(note.getSubject()).startsWith("Paperboy: Nothing new since");
    assertThat(GreenMailUtil.getBody(note)).contains("Nothing new matched");

    // ... or, when the subscriber prefers, the day is skipped
    saveSettings(c, token(settings), "10", false, "skip");
    clock.advance(java.time.Duration.ofDays(1));
    Digests.Report skipped = server.app().digests().send(tomorrow.plusDays(2));
    assertThat(skipped.skipped()).isEqualTo(1);
    assertThat(mail.getReceivedMessages()).hasSize(before + 1);
  }

  @Test
  void badAddressesUnknownTokensAndExpiredLinksGetAClearPage() throws Exception {
    WebClient c = server.client();
    c.get("/");
    HttpResponse<String> bad = c.post("/subscribe", Map.of("email", "no address"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("does not look like an email address");
    assertThat(c.get("/subscribe/confirm?token=forged.1.2.abc").body())
        .contains("This link no longer works");
    assertThat(c.get("/settings?token=nonsense").statusCode()).isEqualTo(403);
    assertThat(c.get("/settings?token=nonsense").body()).contains("not valid or has expired");
    assertThat(c.post("/unsubscribe?token=nonsense", Map.of()).statusCode()).isEqualTo(400);

    c.post("/subscribe", Map.of("email", "late@lab.org"));
    String confirm =
        link(
            mail.getReceivedMessages()[mail.getReceivedMessages().length - 1],
            "/subscribe/confirm");
    clock.advance(java.time.Duration.ofDays(8));
    HttpResponse<String> expired = c.get(confirm.substring(confirm.indexOf("/subscribe/confirm")));
    assertThat(expired.statusCode()).isEqualTo(400);
    assertThat(expired.body()).contains("This link no longer works");
    assertThat(server.app().subscriptions().expireUnconfirmed()).isEqualTo(1);
  }
}
