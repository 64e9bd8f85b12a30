package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.SignalSettings;
import org.paperboy.db.Database;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.MutableClock;

/** Fetch rounds against local sources, on a real database: the same on SQLite and PostgreSQL. */
abstract class SignalsContract {
  @TempDir Path dir;
  Database db;
  PaperStore papers;
  MutableClock clock;
  FakeSources world;
  LocalDate today;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    clock = new MutableClock();
    papers = new PaperStore(db, clock);
    today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    world = new FakeSources(r -> FakeSources.Reply.json("[]"));
    papers.upsert(
        List.of(
            Fixtures.paper(
                "2611.00001", "Featured", "About https://github.com/Own/Repo-1.", day(1)),
            Fixtures.paper("2611.00002", "Looked up", "Nothing linked.", day(2)),
            Fixtures.paper("2611.00003", "Unknown to HF", "Nothing.", day(3)),
            Fixtures.paper("2001.00009", "Too old", "See github.com/old/repo", "2020-01-05")));
  }

  @AfterEach
  void close() {
    world.close();
    db.close();
  }

  String day(int daysAgo) {
    return today.minusDays(daysAgo).toString();
  }

  SignalSettings settings(String... sources) {
    return new SignalSettings(
        Set.of(sources),
        true,
        world.url(),
        null,
        world.url(),
        null,
        world.url(),
        null,
        false,
        world.url() + "/api/query",
        Duration.ZERO,
        Duration.ofMillis(2_000),
        100);
  }

  OutsideSignals outside(SignalSettings s) {
    return new OutsideSignals(db, papers, new ArxivApi(papers), s, clock);
  }

  /** GitHub answers every call with a 403: no calls left until {@code reset} from now. */
  void gitHubSpentFor(Duration reset) {
    long at = clock.instant().plus(reset).getEpochSecond();
    world.answer(
        r ->
            FakeSources.Reply.status(
                403,
                Map.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", String.valueOf(at))));
  }

  /** Hugging Face: today's list features 00001; 00002 is known by id; the rest are 404. */
  static Function<FakeSources.Request, FakeSources.Reply> huggingFace(
      LocalDate today, long upvotes, String summary) {
    return r -> {
      if (r.path().equals("/api/daily_papers")) {
        return FakeSources.Reply.json(
            r.query().equals("date=" + today)
                ? "["
                    + FakeSources.item(
                        "2611.00001", upvotes, 14, "https://github.com/hf/linked", summary)
                    + "]"
                : "[]");
      }
      if (r.path().equals("/api/papers/2611.00002")) {
        return FakeSources.Reply.json("{\"id\":\"2611.00002\",\"upvotes\":5,\"numComments\":1}");
      }
      return FakeSources.Reply.status(404, Map.of());
    };
  }

  @Test
  void aRoundReadsTheDailyListsAndLooksUpOnlyTheWindowsUncoveredPapersOnce() {
    world.answer(huggingFace(today, 300, "A short summary."));
    RoundSummary s = outside(settings("hf")).fetch(Set.of(), false);
    assertThat(s.clean()).isTrue();
    assertThat(world.count("/api/daily_papers")).isEqualTo(30);
    // a lookup for each window paper no list covered, none for the featured one or the old one
    assertThat(world.requests.stream().filter(r -> r.path().startsWith("/api/papers/")))
        .extracting(FakeSources.Request::path)
        .containsExactlyInAnyOrder("/api/papers/2611.00002", "/api/papers/2611.00003");
    Map<String, PaperSignals> got =
        outside(settings()).of(List.of("2611.00001", "2611.00002", "2611.00003"));
    PaperSignals featured = got.get("2611.00001");
    assertThat(featured.hfUpvotes()).isEqualTo(300);
    assertThat(featured.hfComments()).isEqualTo(14);
    assertThat(featured.hfUrl()).isEqualTo(world.url() + "/papers/2611.00001");
    assertThat(featured.repoUrl()).isEqualTo("https://github.com/hf/linked");
    assertThat(featured.aiSummary()).isEqualTo("A short summary.");
    assertThat(got.get("2611.00002").hfUpvotes()).isEqualTo(5);
    assertThat(got).doesNotContainKey("2611.00003");
  }

  @Test
  void starsGainedAreTheGrowthBetweenRoundsAndA304KeepsTheCount() {
    long[] stars = {50};
    world.answer(
        r -> {
          if (!r.path().equals("/repos/own/repo-1")) {
            return FakeSources.Reply.status(404, Map.of());
          }
          String etag = "\"v" + stars[0] + "\"";
          if (etag.equals(r.etag())) {
            return FakeSources.Reply.status(304, Map.of("ETag", etag));
          }
          return new FakeSources.Reply(
              200, Map.of("ETag", etag), "{\"stargazers_count\":" + stars[0] + "}", 0);
        });
    OutsideSignals o = outside(settings("github"));
    o.fetch(Set.of(), false);
    assertThat(o.of(List.of("2611.00001")).get("2611.00001").githubStars()).isEqualTo(50);
    clock.advance(Duration.ofDays(2));
    stars[0] = 57;
    o.fetch(Set.of(), false);
    clock.advance(Duration.ofHours(1));
    o.fetch(Set.of(), false); // unchanged: the server answers 304 to the ETag
    PaperSignals s = o.of(List.of("2611.00001")).get("2611.00001");
    assertThat(s.githubStars()).isEqualTo(57);
    assertThat(s.githubStarsGained()).isEqualTo(7);
    assertThat(s.repoUrl()).isEqualTo("https://github.com/own/repo-1");
    assertThat(world.requests.getLast().etag()).isEqualTo("\"v57\"");
    // the old paper's repository is outside the windows: never asked about
    assertThat(world.count("/repos/old/")).isZero();
  }

  @Test
  void aFailingSourceKeepsTheLastGoodValuesAndMalformedAnswersAreCounted() {
    world.answer(huggingFace(today, 300, null));
    OutsideSignals o = outside(settings("hf"));
    o.fetch(Set.of(), false);
    clock.advance(Duration.ofHours(2));
    world.answer(
        r ->
            r.path().equals("/api/daily_papers") && r.query().equals("date=" + today)
                ? FakeSources.Reply.json("[{\"paper\":{\"id\":\"2611.00001\",\"upv")
                : FakeSources.Reply.status(503, Map.of()));
    RoundSummary s = o.fetch(Set.of(), false);
    assertThat(s.malformed()).isEqualTo(1);
    assertThat(s.clean()).isFalse();
    assertThat(o.of(List.of("2611.00001")).get("2611.00001").hfUpvotes()).isEqualTo(300);
    assertThat(o.of(List.of("2611.00002")).get("2611.00002").hfUpvotes()).isEqualTo(5);
  }

  @Test
  void a429StopsTheSourceUntilRetryAfterHasPassed() {
    world.answer(r -> FakeSources.Reply.status(429, Map.of("Retry-After", "120")));
    OutsideSignals o = outside(settings("hf"));
    RoundSummary s = o.fetch(Set.of(), false);
    assertThat(world.requests).hasSize(1);
    assertThat(s.sources().getFirst()).contains("429");
    clock.advance(Duration.ofSeconds(60));
    o.fetch(Set.of(), false);
    assertThat(world.requests).hasSize(1);
    clock.advance(Duration.ofSeconds(61));
    world.answer(huggingFace(today, 3, null));
    o.fetch(Set.of(), false);
    assertThat(world.requests.size()).isGreaterThan(30);
  }

  @Test
  void gitHubsRateLimitStopsTheRoundUntilItsReset() {
    gitHubSpentFor(Duration.ofMinutes(40));
    papers.upsert(
        List.of(Fixtures.paper("2611.00004", "Second repo", "github.com/b/two here", day(1))));
    OutsideSignals o = outside(settings("github"));
    RoundSummary s = o.fetch(Set.of(), false);
    assertThat(world.requests).hasSize(1);
    assertThat(s.sources().getFirst()).contains("rate limit");
    clock.advance(Duration.ofMinutes(30));
    o.fetch(Set.of(), false);
    assertThat(world.requests).hasSize(1);
    clock.advance(Duration.ofMinutes(11));
    world.answer(r -> FakeSources.Reply.json("{\"stargazers_count\":9}"));
    o.fetch(Set.of(), false);
    assertThat(world.requests).hasSize(3);
  }

  @Test
  void aRateLimitHoldsForTheNextProcessToo() {
    gitHubSpentFor(Duration.ofMinutes(40));
    outside(settings("github")).fetch(Set.of(), false);
    assertThat(world.requests).hasSize(1);
    clock.advance(Duration.ofMinutes(30));
    RoundSummary again = outside(settings("github")).fetch(Set.of(), false); // a new cron run
    assertThat(world.requests).hasSize(1);
    assertThat(again.sources().getFirst()).contains("rate limited until");
    clock.advance(Duration.ofMinutes(11));
    world.answer(r -> FakeSources.Reply.json("{\"stargazers_count\":9}"));
    outside(settings("github")).fetch(Set.of(), false);
    assertThat(world.requests).hasSize(2); // the one repository, asked again
  }

  @Test
  void aSlowAnswerPastTheTimeoutIsSkippedAndTheRoundGoesOn() {
    world.answer(
        r ->
            r.query().equals("date=" + today)
                ? new FakeSources.Reply(200, Map.of(), "[]", 4_000)
                : huggingFace(today, 1, null).apply(r));
    RoundSummary s = outside(settings("hf")).fetch(Set.of(), false);
    assertThat(s.sources().getFirst()).contains("1 calls failed");
    assertThat(s.clean()).isTrue();
    assertThat(world.count("/api/daily_papers")).isEqualTo(30);
  }
}
