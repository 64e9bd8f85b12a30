package org.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.testing.Fixtures;

/** A long day within each platform's limits, split into parts; TeX as text; links to pages. */
class BodiesTest {
  static final ObjectMapper JSON = new ObjectMapper();

  /** 150 papers with long titles, many authors and notes: a very busy day. */
  static Post longDay() {
    List<Post.Item> items = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      var p =
          Fixtures.paper(
              "2402." + (10000 + i),
              "On $\\alpha$-divergences & <kernels> *number* "
                  + i
                  + " "
                  + "very long title ".repeat(30),
              "abstract",
              "2024-02-01");
      items.add(
          PostComposer.item(
              p,
              "matches sparse attention · #" + (i + 1) + " trending " + "x".repeat(4000),
              i % 2 == 0 ? "read before Thursday" : null,
              "https://paperboy.test"));
    }
    return new Post(
        "Lab",
        "https://paperboy.test/labs/lab",
        LocalDate.of(2024, 2, 8),
        List.of(
            new Post.Section("New papers", items.subList(0, 100)),
            new Post.Section("New on the lab's lists", items.subList(100, 150))));
  }

  @Test
  void slackMessagesKeepToFiftyBlocksAndThreeThousandCharactersABlock() throws Exception {
    List<String> bodies = Bodies.of(Kind.SLACK, longDay());
    assertThat(bodies).hasSizeGreaterThan(1);
    int papers = 0;
    for (String b : bodies) {
      JsonNode n = JSON.readTree(b);
      assertThat(n.path("blocks").size()).isLessThanOrEqualTo(50);
      assertThat(n.path("blocks").get(0).path("text").path("text").asText().length())
          .isLessThanOrEqualTo(150);
      for (JsonNode block : n.path("blocks")) {
        assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
        if (block.path("text").path("text").asText().contains("/papers/")) {
          papers++;
        }
      }
    }
    assertThat(papers).isEqualTo(150);
    String first = bodies.getFirst();
    assertThat(first)
        .contains("(1/")
        .contains("α-divergences &amp; &lt;kernels&gt;")
        .doesNotContain("$\\\\alpha$");
    assertThat(first).contains("<https://paperboy.test/papers/2402.10000|");
  }

  @Test
  void discordMessagesKeepToTenEmbedsAndSixThousandCharacters() throws Exception {
    List<String> bodies = Bodies.of(Kind.DISCORD, longDay());
    int embeds = 0;
    for (String b : bodies) {
      JsonNode n = JSON.readTree(b);
      assertThat(n.path("embeds").size()).isBetween(1, 10);
      int chars = 0;
      for (JsonNode e : n.path("embeds")) {
        chars += e.path("title").asText().length() + e.path("description").asText().length();
        assertThat(e.path("title").asText().length()).isLessThanOrEqualTo(256);
        assertThat(e.path("url").asText()).startsWith("https://paperboy.test/papers/");
      }
      assertThat(chars).isLessThanOrEqualTo(6000);
      assertThat(n.path("content").asText().length()).isLessThanOrEqualTo(2000);
      assertThat(n.path("allowed_mentions").path("parse").size()).isZero();
      embeds += n.path("embeds").size();
    }
    assertThat(embeds).isEqualTo(150);
  }

  @Test
  void mattermostAndTeamsSplitLongDaysAndKeepEveryPaper() throws Exception {
    int attachments = 0;
    for (String b : Bodies.of(Kind.MATTERMOST, longDay())) {
      JsonNode n = JSON.readTree(b);
      assertThat(b.length()).isLessThan(16_383);
      attachments += n.path("attachments").size();
      assertThat(n.path("attachments").get(0).path("title_link").asText()).contains("/papers/");
    }
    assertThat(attachments).isEqualTo(150);
    int containers = 0;
    for (String b : Bodies.of(Kind.TEAMS, longDay())) {
      JsonNode n = JSON.readTree(b);
      assertThat(b.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(28_000);
      JsonNode card = n.path("attachments").get(0);
      assertThat(card.path("contentType").asText())
          .isEqualTo("application/vnd.microsoft.card.adaptive");
      assertThat(card.path("content").path("type").asText()).isEqualTo("AdaptiveCard");
      containers += card.path("content").path("body").size() - 1;
    }
    assertThat(containers).isEqualTo(150);
  }

  @Test
  void theGenericWebhookGetsEveryPaperInOneBody() throws Exception {
    List<String> bodies = Bodies.of(Kind.WEBHOOK, longDay());
    assertThat(bodies).hasSize(1);
    JsonNode n = JSON.readTree(bodies.getFirst());
    assertThat(n.path("sections").get(0).path("papers").size()).isEqualTo(100);
    assertThat(n.path("sections").get(1).path("papers").get(0).path("note").asText())
        .isEqualTo("read before Thursday");
  }

  @Test
  void answersAreJudgedAsThePlatformsMeanThem() {
    java.time.Instant now = java.time.Instant.parse("2024-02-08T08:00:00Z");
    assertThat(Sender.judge(200, null, "ok".getBytes(), now)).isInstanceOf(Answer.Posted.class);
    assertThat(Sender.judge(204, null, new byte[0], now)).isInstanceOf(Answer.Posted.class);
    assertThat(Sender.judge(429, "3", new byte[0], now))
        .isEqualTo(new Answer.Wait(java.time.Duration.ofSeconds(3)));
    assertThat(Sender.judge(429, null, "{\"retry_after\": 1.5}".getBytes(), now))
        .isEqualTo(new Answer.Wait(java.time.Duration.ofMillis(1500)));
    assertThat(Sender.judge(429, "Thu, 08 Feb 2024 08:01:00 GMT", new byte[0], now))
        .isEqualTo(new Answer.Wait(java.time.Duration.ofMinutes(1)));
    assertThat(Sender.judge(503, null, "down".getBytes(), now))
        .isInstanceOf(Answer.Temporary.class);
    assertThat(Sender.judge(404, null, "no_service".getBytes(), now))
        .isInstanceOf(Answer.Gone.class);
    assertThat(Sender.judge(410, null, new byte[0], now)).isInstanceOf(Answer.Gone.class);
    assertThat(Sender.judge(400, null, "invalid_token".getBytes(), now))
        .isInstanceOf(Answer.Gone.class);
    assertThat(Sender.judge(404, null, "channel_not_found".getBytes(), now))
        .isInstanceOf(Answer.Gone.class);
    assertThat(Sender.judge(400, null, "invalid_blocks".getBytes(), now))
        .isInstanceOf(Answer.Refused.class);
    assertThat(Sender.judge(302, null, new byte[0], now)).isInstanceOf(Answer.Refused.class);
  }
}
