package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.WebClient;

/** Labs through the real server: invitations, a shared list, its page, feed, exports and API. */
class LabPagesTest extends LibrarySite {

  /** The invitation link mailed last to the address, as a local path. */
  static String invitation(String email) throws Exception {
    var messages = mail.getReceivedMessages();
    for (int i = messages.length - 1; i >= 0; i--) {
      if (messages[i].getAllRecipients()[0].toString().equals(email)) {
        String body = GreenMailUtil.getBody(messages[i]).replace("=\r\n", "").replace("=3D", "=");
        Matcher m = Pattern.compile("(/labs/join\\?t=[A-Za-z0-9_%-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
      }
    }
    throw new AssertionError("no invitation to " + email);
  }

  static String invite(WebClient owner, String slug, String email) throws Exception {
    int before = mail.getReceivedMessages().length;
    assertThat(owner.post("/labs/" + slug + "/invite", Map.of("email", email)).statusCode())
        .isEqualTo(200);
    assertThat(mail.waitForIncomingEmail(5000, before + 1)).isTrue();
    return invitation(email);
  }

  @Test
  void aLabWithTwoMembersSharesAListThatItsPageFeedExportsAndApiShow() throws Exception {
    WebClient ada = signedIn("ada@labs.test");
    HttpResponse<String> created =
        ada.post("/labs", Map.of("name", "Reading Group", "description", "Serving papers"));
    assertThat(created.headers().firstValue("Location")).hasValue("/labs/reading-group");

    WebClient bob = signedIn("bob@labs.test");
    assertThat(bob.get("/labs/reading-group").statusCode()).isEqualTo(404); // not a member yet
    String link = invite(ada, "reading-group", "bob@labs.test");
    assertThat(bob.get(link).body()).contains("Join the lab");
    String token = link.substring(link.indexOf("t=") + 2);
    assertThat(
            bob.post("/labs/join", Map.of("t", java.net.URLDecoder.decode(token, "UTF-8")))
                .headers()
                .firstValue("Location"))
        .hasValue("/labs/reading-group");
    assertThat(bob.get(link).statusCode()).isEqualTo(410); // used

    ada.post("/labs/reading-group/lists", Map.of("name", "Journal club"));
    HttpResponse<String> added =
        bob.post(
            "/labs/add",
            Map.of(
                "list", "reading-group/journal-club", "paper", "r05", "note", "for Thursday <b>"));
    assertThat(added.statusCode()).isEqualTo(303);
    assertThat(bob.get("/labs/add?paper=r05").body()).contains("(on it already)");

    String lab = ada.get("/labs/reading-group").body();
    assertThat(lab)
        .contains("Journal club")
        .contains("1 paper")
        .contains("bob@labs.test")
        .contains("Invite by email");
    assertThat(bob.get("/labs/reading-group").body())
        .doesNotContain("Invite by email")
        .doesNotContain("Add the channel");
    String list = ada.get("/labs/reading-group/lists/journal-club").body();
    assertThat(list)
        .contains("paper-r05")
        .contains("by bob@labs.test")
        .contains("for Thursday &lt;b&gt;");
    assertThat(ada.get("/papers/r05").body())
        .contains("On your labs' lists")
        .contains("Reading Group: Journal club");
    assertThat(ada.get("/labs/reading-group/lists/journal-club/export.bib").body())
        .contains("Variational quantum eigensolver");
    assertThat(ada.get("/labs/reading-group/lists/journal-club/export.json").body())
        .contains("r05");

    ada.post(
        "/labs/reading-group/lists/journal-club/discussed",
        Map.of("paper", "r05", "discussed", "yes"));
    assertThat(ada.get("/labs/reading-group/lists/journal-club").body()).contains("Discussed");

    String tokens = ada.post("/settings/tokens", Map.of("name", "feeds")).body();
    Matcher t = Pattern.compile("(pb_[A-Za-z0-9_-]{43})").matcher(tokens);
    assertThat(t.find()).isTrue();
    String feed =
        server
            .client()
            .get("/feeds/labs/reading-group/journal-club.atom?token=" + t.group(1))
            .body();
    assertThat(feed).contains("<feed").contains("r05").contains("added by bob@labs.test");
    assertThat(server.client().get("/feeds/labs/reading-group/journal-club.atom").statusCode())
        .isEqualTo(404);

    HttpResponse<String> api =
        send(
            ada,
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/labs")))
                .header("Authorization", "Bearer " + t.group(1)));
    assertThat(api.body()).contains("\"slug\":\"journal-club\"").contains("\"role\":\"owner\"");
    HttpResponse<String> change =
        send(
            ada,
            HttpRequest.newBuilder(
                    URI.create(server.url("/api/v1/labs/reading-group/lists/journal-club")))
                .header("Authorization", "Bearer " + t.group(1))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"paper\": \"r04\", \"action\": \"add\", \"note\": \"too\"}")));
    assertThat(change.statusCode()).isEqualTo(200);
    assertThat(ada.get("/labs/reading-group/lists/journal-club").body()).contains("paper-r04");
    assertThat(
            send(
                    ada,
                    HttpRequest.newBuilder(URI.create(server.url("/api/v1/labs/nope/lists/x")))
                        .header("Authorization", "Bearer " + t.group(1)))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void invitationsForAnotherAddressOrMadeUpJoinNothingAndChannelsInsideTheNetworkAreRefused()
      throws Exception {
    WebClient cy = signedIn("cy@labs.test");
    cy.post("/labs", Map.of("name", "Kernel Club"));
    String link = invite(cy, "kernel-club", "dee@labs.test");
    WebClient eve = signedIn("eve@labs.test");
    HttpResponse<String> other = eve.get(link);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("another address").contains("Nothing was joined");
    assertThat(eve.get("/labs/kernel-club").statusCode()).isEqualTo(404);
    assertThat(eve.get("/labs/join?t=made-up").statusCode()).isEqualTo(404);
    assertThat(server.client().get("/labs/kernel-club").headers().firstValue("Location"))
        .hasValue("/signin?next=%2Flabs%2Fkernel-club");
    WebClient anon = server.client();
    anon.get("/about"); // the form token cookie, as a browser has it
    assertThat(anon.post("/labs/kernel-club/leave", Map.of()).statusCode()).isEqualTo(401);
    assertThat(server.client().get(link).headers().firstValue("Location").orElse(""))
        .startsWith("/signin?next=");

    HttpResponse<String> http =
        cy.post(
            "/labs/kernel-club/channels",
            Map.of(
                "kind",
                "slack",
                "url",
                "http://hooks.example.com/services/T/B/X",
                "hour",
                "8",
                "zone",
                "UTC",
                "frequency",
                "daily"));
    assertThat(http.statusCode()).isEqualTo(400);
    assertThat(http.body()).contains("https://");
    HttpResponse<String> inside =
        cy.post(
            "/labs/kernel-club/channels",
            Map.of(
                "kind",
                "slack",
                "url",
                "https://10.1.2.3/services/T/B/X",
                "hour",
                "8",
                "zone",
                "UTC",
                "frequency",
                "daily"));
    assertThat(inside.statusCode()).isEqualTo(400);
    assertThat(inside.body()).contains("inside the network");
    HttpResponse<String> wrongKind =
        cy.post(
            "/labs/kernel-club/channels",
            Map.of(
                "kind",
                "discord",
                "url",
                "https://93.184.216.34/services/T/B/X",
                "hour",
                "8",
                "zone",
                "UTC",
                "frequency",
                "daily"));
    assertThat(wrongKind.body()).contains("not a Discord webhook");
    HttpResponse<String> ok =
        cy.post(
            "/labs/kernel-club/channels",
            Map.of(
                "kind",
                "slack",
                "url",
                "https://93.184.216.34/services/T000/B000/secretpart",
                "hour",
                "8",
                "zone",
                "Europe/Berlin",
                "frequency",
                "daily"));
    assertThat(ok.statusCode()).isEqualTo(303);
    String page = cy.get("/labs/kernel-club").body();
    assertThat(page)
        .contains("https://93.184.216.34/services/T0…")
        .doesNotContain("secretpart")
        .contains("daily at 08:00 Europe/Berlin");
  }
}
