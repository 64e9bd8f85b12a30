package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.config.Config;
import org.paperboy.config.SignalSettings;
import org.paperboy.testing.Databases;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;
import org.paperboy.web.WebServer;

/** The numbers a round brought, where people and programs read them; hostile text escaped. */
class SignalsWebTest {
  private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\"";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  FakeSources world;
  Paperboy app;
  WebServer web;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    MutableClock clock = new MutableClock();
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    world =
        new FakeSources(
            r -> {
              if (r.path().equals("/repos/hf/linked")) {
                return FakeSources.Reply.json("{\"stargazers_count\":57}");
              }
              if (r.path().equals("/api/daily_papers") && r.query().equals("date=" + today)) {
                return FakeSources.Reply.json(
                    "["
                        + FakeSources.item(
                            "2611.00001", 300, 14, "https://github.com/hf/linked", HOSTILE)
                        + "]");
              }
              return r.path().startsWith("/api/papers/")
                  ? FakeSources.Reply.status(404, Map.of())
                  : FakeSources.Reply.json("[]");
            });
    SignalSettings s =
        new SignalSettings(
            Set.of("hf", "github"),
            true,
            world.url(),
            null,
            world.url(),
            null,
            world.url(),
            null,
            false,
            world.url(),
            Duration.ZERO,
            Duration.ofSeconds(2),
            10);
    Config config =
        new Config(dir, Databases.sqlite(dir), new Config.Embeddings(null, null, null, 2))
            .withWeb(new Config.Web(0, null))
            .withSignals(s);
    app = Paperboy.open(config, clock);
    app.papers()
        .upsert(
            List.of(
                Fixtures.paper(
                    "2611.00001", "Featured " + HOSTILE, "An abstract.", today.toString()),
                Fixtures.paper("2611.00002", "Quiet", "Nobody knows it.", today.toString())));
    RoundSummary round = app.signals().fetch(Set.of(), false);
    assertThat(round.clean()).isTrue();
    web = app.webServer().start();
  }

  @AfterEach
  void stop() {
    web.close();
    app.close();
    world.close();
  }

  String get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(web.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @Test
  void cardsAndThePaperPageShowTheSignalsWithLinksAndTheSummaryEscapedAndCredited()
      throws Exception {
    for (String path : List.of("/?window=week", "/papers/2611.00001", "/papers")) {
      String html = get(path);
      assertThat(html)
          .as(path)
          .contains("▲ 300 on Hugging Face", "14 comments", "★ 57")
          .contains("href=\"" + world.url() + "/papers/2611.00001\"")
          .contains("href=\"https://github.com/hf/linked\"")
          .contains("Hugging Face's AI summary:")
          .contains("&lt;script&gt;alert(")
          .doesNotContain("<script>alert");
    }
    assertThat(get("/about")).contains("Hugging Face upvotes", "ln(1 + GitHub stars gained");
    assertThat(get("/papers/2611.00001"))
        .contains("How its signals moved", "★ 57 on GitHub", "▲ 300 on Hugging Face");
  }

  @Test
  void theApiCarriesSignalsWithAbsentKeysForAbsentSignals() throws Exception {
    JsonNode trending = JSON.readTree(get("/api/v1/trending?window=week"));
    JsonNode first = trending.at("/results/0/paper");
    assertThat(first.at("/id").asText()).isEqualTo("2611.00001");
    assertThat(first.at("/signals/hf_upvotes").asLong()).isEqualTo(300);
    assertThat(first.at("/signals/hf_comments").asLong()).isEqualTo(14);
    assertThat(first.at("/signals/github_stars").asLong()).isEqualTo(57);
    assertThat(first.at("/signals/github_stars_gained").asLong()).isZero();
    assertThat(first.at("/signals/ai_summary").asText()).isEqualTo(HOSTILE);
    assertThat(first.at("/signals").has("citations")).isFalse();
    JsonNode quiet = trending.at("/results/1/paper/signals");
    assertThat(quiet.isObject()).isTrue();
    assertThat(quiet.size()).isZero();
    JsonNode paper = JSON.readTree(get("/api/v1/papers/2611.00001"));
    assertThat(paper.at("/signals/hf_upvotes").asLong()).isEqualTo(300);
    JsonNode daily = JSON.readTree(get("/api/v1/daily"));
    JsonNode featured = null;
    for (JsonNode r : daily.at("/results")) {
      featured = r.at("/paper/id").asText().equals("2611.00001") ? r : featured;
    }
    assertThat(featured.at("/paper/signals/github_stars").asLong()).isEqualTo(57);
  }

  @Test
  void theTrendingFeedSaysWhyAPaperIsThere() throws Exception {
    String atom = get("/feeds/trending.atom?window=week");
    assertThat(atom).contains("Trending: ▲ 300 on Hugging Face · 14 comments · ★ 57.");
    assertThat(atom).contains("&lt;script&gt;").doesNotContain("<script>");
  }
}
