package org.paperboy.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.lab.Lab;
import org.paperboy.testing.MutableClock;
import org.paperboy.testing.TestApp;

/** Channels posting to local receivers of every kind, exactly once: SQLite and PostgreSQL. */
abstract class ChannelContract {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  MutableClock clock;
  Paperboy app;
  Receiver receiver;
  Lab lab;
  LocalDate tomorrow;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    clock = new MutableClock();
    app =
        Paperboy.open(
            new Config(dir, databaseUrl(dir), new Config.Embeddings(null, null, null, 2)), clock);
    TestApp.load(app, "relevance-corpus.jsonl", false);
    app.channels().allowPrivateAddresses(true);
    lab = app.labs().createFor("Serving Lab", "", "owner@lab.test");
    app.labs().addTopic(lab, "KV cache", "kv cache");
    clock.advance(Duration.ofMinutes(1));
    tomorrow = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    receiver = new Receiver();
  }

  @AfterEach
  void close() {
    receiver.close();
    app.close();
  }

  static Channel.Plan daily() {
    return new Channel.Plan(
        false,
        DayOfWeek.MONDAY,
        8,
        ZoneId.of("Europe/Berlin"),
        EnumSet.allOf(Channel.Content.class),
        10);
  }

  Channels.Added add(Kind kind, String path) {
    return app.channels().add(lab, kind, receiver.url(path), daily());
  }

  @Test
  void slackAndDiscordGetOnePostEachAfterA429AndASecondRun() throws Exception {
    add(Kind.SLACK, "/services/T1/B1/slack");
    add(Kind.DISCORD, "/api/webhooks/1/discord");
    receiver.then(
        new Receiver.Reply(429, Map.of("Retry-After", "1"), "", false),
        Receiver.Reply.of(
            429,
            "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.2, \"global\": false}"));

    Channels.Report first = app.channels().send(tomorrow);
    assertThat(first.sent()).isEqualTo(2);
    Channels.Report second = app.channels().send(tomorrow);
    assertThat(second.queued()).isZero();
    assertThat(second.sent()).isZero();

    List<Receiver.Request> slack = receiver.posted("/services/T1/B1/slack");
    List<Receiver.Request> discord = receiver.posted("/api/webhooks/1/discord");
    assertThat(slack).hasSize(1);
    assertThat(discord).hasSize(1);
    JsonNode s = JSON.readTree(slack.getFirst().body());
    assertThat(s.path("blocks").size()).isBetween(3, 50);
    assertThat(s.toString()).contains("/papers/r0").contains("matches KV cache");
    for (JsonNode b : s.path("blocks")) {
      assertThat(b.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
    }
    JsonNode d = JSON.readTree(discord.getFirst().body());
    assertThat(d.path("embeds").size()).isBetween(1, 10);
    assertThat(d.path("embeds").get(0).path("url").asText()).contains("/papers/");
    assertThat(app.channels().status(tomorrow)).containsEntry("sent", 2L);
  }

  @Test
  void aWebhookBodyIsSignedWithTheChannelsSecretAndATimestamp() throws Exception {
    Channels.Added added = add(Kind.WEBHOOK, "/hook");
    assertThat(added.secret()).hasSize(64);
    app.channels().send(tomorrow);
    Receiver.Request r = receiver.posted("/hook").getFirst();
    String stamp = r.header("X-Paperboy-Timestamp");
    assertThat(Long.parseLong(stamp)).isEqualTo(clock.instant().getEpochSecond());
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(added.secret().getBytes(), "HmacSHA256"));
    String expected =
        java.util.HexFormat.of()
            .formatHex(
                mac.doFinal(
                    (stamp + "." + r.body()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(r.header("X-Paperboy-Signature")).isEqualTo("sha256=" + expected);
    assertThat(JSON.readTree(r.body()).path("lab").asText()).isEqualTo("Serving Lab");
  }

  @Test
  void aServerErrorIsRetriedWithBackoffAndThenPostedOnce() {
    add(Kind.MATTERMOST, "/hooks/abc123");
    receiver.then(Receiver.Reply.of(500, "oops"));
    Channels.Report first = app.channels().send(tomorrow);
    assertThat(first.retried()).isEqualTo(1);
    assertThat(app.channels().send(tomorrow).sent()).isZero(); // backing off
    clock.advance(Duration.ofMinutes(2));
    assertThat(app.channels().send(tomorrow).sent()).isEqualTo(1);
    assertThat(receiver.posted("/hooks/abc123")).hasSize(1);
    assertThat(receiver.requests()).hasSize(2);
  }

  @Test
  void aGoneWebhookDisablesItsChannelAfterThreeDaysAndTellsTheOwnersOnce() throws Exception {
    Channels.Added teams = add(Kind.TEAMS, "/workflows/gone");
    add(Kind.SLACK, "/services/T/B/fine");
    receiver.answer("/workflows/gone", Receiver.Reply.of(404, "{\"error\": \"not found\"}"));
    for (int day = 0; day < 5; day++) {
      // a new paper each day, as arXiv brings
      app.papers()
          .upsert(
              List.of(
                  org.paperboy.testing.Fixtures.paper(
                      "day" + day,
                      "Paper of day " + day,
                      "About caches.",
                      "2024-01-0" + (day + 1))));
      clock.advance(Duration.ofMinutes(1));
      app.channels().send(tomorrow.plusDays(day));
      clock.advance(Duration.ofDays(1));
    }
    Channel c = app.channels().find(teams.channel().id()).orElseThrow();
    assertThat(c.state().active()).isFalse();
    assertThat(c.state().disabled()).contains("404");
    // four refusals (days 0 to 3, disabled on the fourth), nothing after; the other channel goes on
    assertThat(receiver.requests().stream().filter(r -> r.path().equals("/workflows/gone")))
        .hasSize(4);
    assertThat(receiver.posted("/services/T/B/fine")).hasSize(5);
    List<String> mails;
    try (Stream<Path> files = Files.list(dir.resolve("outbox"))) {
      mails =
          files
              .map(
                  p -> {
                    try {
                      return Files.readString(p);
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .filter(m -> m.contains("was disabled"))
              .toList();
    }
    assertThat(mails).hasSize(1);
    assertThat(mails.getFirst()).contains("owner@lab.test").doesNotContain("/workflows/gone");
  }

  @Test
  void aDryRunPrintsTheBodiesAndStoresNothing() {
    add(Kind.SLACK, "/services/T/B/dry");
    List<Channels.Preview> previews = app.channels().dryRun(tomorrow);
    assertThat(previews).singleElement().satisfies(p -> assertThat(p.bodies()).isNotEmpty());
    assertThat(receiver.requests()).isEmpty();
    assertThat(app.channels().status(tomorrow)).isEmpty();
  }
}
