package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.SignalSettings;
import org.paperboy.paper.Paper;
import org.paperboy.people.People;
import org.paperboy.signals.OutsideSignals;
import org.paperboy.testing.Databases;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalSmtp;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestServer;
import org.paperboy.testing.WebClient;

/**
 * Issue 21's "done when", end to end: a reader who follows Anne Ouyang and claimed 2502.10436 gets,
 * in the next digest after a new paper by Anne Ouyang and a new paper citing 2502.10436 arrive,
 * both papers, each with its reason; through a real mail.port() server (GreenMail) and a local
 * stand-in for Semantic Scholar and the arXiv API. Never again in a later digest.
 */
class PeopleDigestTest {

  @RegisterExtension static LocalSmtp mail = new LocalSmtp();

  @TempDir Path dir;
  TestServer server;
  MutableClock clock = new MutableClock(Instant.parse("2025-02-19T08:00:00Z"));
  LocalHttpServer outside;
  volatile String citing = "";

  static Paper paper(String id, String published, String title, String... authors) {
    return new Paper(
        id,
        1,
        title,
        "An abstract about " + title + ".",
        List.of(authors),
        List.of("cs.LG"),
        LocalDate.parse(published),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "test",
        null);
  }

  @BeforeEach
  void start() {
    server = TestServer.start(dir, Databases.sqlite(dir), null, mail.port(), clock);
    server
        .app()
        .papers()
        .upsert(
            List.of(
                paper(
                    "2502.10436",
                    "2025-02-14",
                    "MERGE³: efficient evolutionary merging",
                    "Ada Reader",
                    "Tom Other"),
                paper("2501.00001", "2025-01-05", "An older paper by Anne", "Anne Ouyang")));
    outside =
        new LocalHttpServer(
            q -> {
              if (q.contains("id_list=")) { // the arXiv API: the citing paper
                return LocalHttpServer.Reply.ok(arxivEntry().getBytes(StandardCharsets.UTF_8));
              }
              return new LocalHttpServer.Reply(
                  200,
                  Map.of("Content-Type", "application/json"),
                  ("{\"offset\":0,\"data\":[" + citing + "]}").getBytes(StandardCharsets.UTF_8));
            });
  }

  @AfterEach
  void stop() {
    server.close();
    outside.close();
  }

  static String arxivEntry() {
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>q</title>"
        + "<entry><id>http://arxiv.org/abs/2502.20002v1</id><updated>2025-02-20T00:00:00Z</updated>"
        + "<published>2025-02-20T00:00:00Z</published><title>Merging models, revisited</title>"
        + "<summary>We build on MERGE3.</summary><author><name>Bo Li</name></author>"
        + "<category term=\"cs.LG\" scheme=\"http://arxiv.org/schemas/atom\"/></entry></feed>";
  }

  /** What {@code paperboy signals fetch} does with PAPERBOY_SIGNALS=s2 against the stand-in. */
  void fetchSignals() {
    SignalSettings s =
        new SignalSettings(
            Set.of("s2"),
            true,
            null,
            null,
            null,
            null,
            outside.url(""),
            null,
            true,
            outside.url("/api/query"),
            Duration.ZERO,
            Duration.ofSeconds(5),
            0);
    try (OutsideSignals o =
        new OutsideSignals(
            server.app().database(), server.app().papers(), server.app().arxivApi(), s, clock)) {
      o.fetch(Set.of(), false);
    }
  }

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

  static String text(MimeMessage m) throws Exception {
    MimeMultipart parts = (MimeMultipart) m.getContent();
    return ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
  }

  @Test
  void aFollowedAuthorsNewPaperAndANewCitationOfAClaimedPaperArriveWithTheirReasons()
      throws Exception {
    subscribe("ada@lab.org");
    People people = server.app().people();
    String ada = people.userIdFor("ada@lab.org");
    people.follow(ada, "Anne Ouyang");
    assertThat(people.claim(ada, List.of("2502.10436")).unknown()).isEmpty();
    fetchSignals(); // nobody cites it yet
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    server.app().digests().send(today.plusDays(1));
    int before = mail.getReceivedMessages().length;

    // the next day: a new paper by Anne Ouyang, and Semantic Scholar knows a new citing paper
    clock.advance(Duration.ofDays(1));
    server
        .app()
        .papers()
        .upsert(
            List.of(
                paper(
                    "2502.20001",
                    "2025-02-20",
                    "Kernels for everyone",
                    "Anne Ouyang",
                    "Simon Guo")));
    citing =
        "{\"citingPaper\":{\"paperId\":\"s2x\",\"externalIds\":{\"ArXiv\":\"2502.20002\"},"
            + "\"title\":\"Merging models, revisited\",\"publicationDate\":\"2025-02-20\"}}";
    fetchSignals();
    assertThat(server.app().papers().find("2502.20002")).isPresent(); // fetched from arXiv
    clock.advance(Duration.ofMinutes(5));

    assertThat(server.app().digests().send(today.plusDays(2)).sent()).isEqualTo(1);
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
    MimeMessage digest = mail.getReceivedMessages()[before];
    String text = text(digest);
    String following =
        text.substring(text.indexOf("New from people you follow\n"), text.indexOf("\n--\n"));
    assertThat(following)
        .contains("Kernels for everyone")
        .contains("by Anne Ouyang, whom you follow");
    String citingPart = text.substring(text.indexOf("New papers citing your work\n"));
    assertThat(citingPart)
        .contains("Merging models, revisited")
        .contains("cites “MERGE³: efficient evolutionary merging”, your paper");
    assertThat(text.indexOf("/papers/2502.20001"))
        .isEqualTo(text.lastIndexOf("/papers/2502.20001")); // never twice in one digest
    String html = (String) ((MimeMultipart) digest.getContent()).getBodyPart(1).getContent();
    assertThat(html).contains("New from people you follow").contains("New papers citing your work");

    // the paper page and the API know the edge
    assertThat(server.client().get("/papers/2502.10436").body()).contains("Cited by 1 paper here");
    assertThat(server.client().get("/api/v1/papers/2502.10436").body())
        .contains("\"cited_by\":[\"2502.20002\"]");
    assertThat(server.client().get("/api/v1/papers/2502.20002").body())
        .contains("\"cites\":[\"2502.10436\"]");

    // never again in a later digest
    clock.advance(Duration.ofDays(1));
    fetchSignals();
    server.app().digests().send(today.plusDays(3));
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (m != digest
          && m.getContent() instanceof MimeMultipart
          && text(m).contains("New from people you follow")) {
        assertThat(text(m)).doesNotContain("Kernels for everyone");
      }
    }
  }
}
