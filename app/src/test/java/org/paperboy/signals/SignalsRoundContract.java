package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperboy.config.SignalSettings;
import org.paperboy.testing.Fixtures;

/** More of a round, on both databases: bad fields, Semantic Scholar, the lease, missing papers. */
abstract class SignalsRoundContract extends SignalsContract {

  @Test
  void badNumbersAndBadRepositoryUrlsAreRejectedFieldByField() {
    world.answer(
        r ->
            r.query().equals("date=" + today)
                ? FakeSources.Reply.json(
                    "[{\"paper\":{\"id\":\"2611.00001\",\"upvotes\":\"300\","
                        + "\"githubRepo\":\"https://gitlab.com/a/b\"},\"numComments\":-4},"
                        + "{\"paper\":{\"id\":\"2611.00002\",\"upvotes\":1e30},\"numComments\":3},"
                        + "{\"paper\":{\"id\":\"2611.00003\",\"upvotes\":99999999999999},"
                        + "\"numComments\":2},{\"paper\":{\"id\":\"not-an-id\",\"upvotes\":4}}]")
                : FakeSources.Reply.json("[]"));
    RoundSummary s = outside(settings("hf")).fetch(Set.of(), false);
    assertThat(s.sources().getFirst()).contains("6 fields rejected");
    Map<String, PaperSignals> got =
        outside(settings()).of(List.of("2611.00001", "2611.00002", "2611.00003"));
    assertThat(got.get("2611.00001").hfUpvotes()).isNull();
    assertThat(got.get("2611.00001").hfComments()).isNull();
    assertThat(got.get("2611.00001").repoUrl()).isNull();
    assertThat(got.get("2611.00002").hfComments()).isEqualTo(3);
    assertThat(got.get("2611.00002").hfUpvotes()).isNull();
    assertThat(got.get("2611.00003").hfUpvotes()).isNull();
    assertThat(got.get("2611.00003").hfComments()).isEqualTo(2);
  }

  @Test
  void semanticScholarIsAskedInBatchesForTheMonthsPapers() {
    world.answer(
        r ->
            FakeSources.Reply.json(
                r.body().contains("ARXIV:2611.00001")
                    ? "[{\"paperId\":\"x\",\"citationCount\":12},null,{\"citationCount\":\"3\"}]"
                    : "[]"));
    RoundSummary s = outside(settings("s2")).fetch(Set.of(), false);
    assertThat(world.requests).hasSize(1);
    assertThat(world.requests.getFirst().method()).isEqualTo("POST");
    assertThat(world.requests.getFirst().body())
        .contains("ARXIV:2611.00001", "ARXIV:2611.00002", "ARXIV:2611.00003")
        .doesNotContain("2001.00009");
    assertThat(s.sources().getFirst()).contains("1 fields rejected");
    assertThat(outside(settings()).of(List.of("2611.00001")).get("2611.00001").citations())
        .isEqualTo(12);
  }

  @Test
  void severalInstancesOnOneDatabaseFetchOncePerRound() throws Exception {
    java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    world.answer(
        r -> {
          asked.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return FakeSources.Reply.json("[]");
        });
    OutsideSignals a = outside(settings("hf").withSources(Set.of("hf")));
    OutsideSignals b = outside(settings("hf"));
    Thread first = Thread.ofPlatform().start(() -> a.fetch(Set.of(), true));
    asked.await();
    assertThat(b.fetch(Set.of(), true).skipped()).contains("another instance");
    release.countDown();
    first.join();
    assertThat(b.fetch(Set.of(), true).skipped()).isNotNull(); // fetched within the hour
    clock.advance(Duration.ofMinutes(61));
    assertThat(b.fetch(Set.of(), true).skipped()).isNull();
  }

  @Test
  void papersFeaturedButMissingAreAddedThroughTheArxivApi() {
    byte[] atom = Fixtures.bytes("arxiv-api.atom");
    world.answer(
        r -> {
          if (r.path().equals("/api/query")) {
            return new FakeSources.Reply(
                200, Map.of(), new String(atom, java.nio.charset.StandardCharsets.UTF_8), 0);
          }
          return FakeSources.Reply.json(
              r.query().equals("date=" + today)
                  ? "[" + FakeSources.item("2502.10517", 40, 2, null, null) + "]"
                  : "[]");
        });
    SignalSettings s = settings("hf");
    s =
        new SignalSettings(
            s.sources(),
            true,
            s.hfUrl(),
            null,
            s.githubUrl(),
            null,
            s.s2Url(),
            null,
            true,
            s.arxivApiUrl(),
            s.pace(),
            s.timeout(),
            0);
    RoundSummary summary = outside(s).fetch(Set.of(), false);
    assertThat(summary.added()).isEqualTo(1);
    assertThat(papers.find("2502.10517")).isPresent();
    assertThat(world.requests.stream().filter(r -> r.path().equals("/api/query")))
        .singleElement()
        .satisfies(r -> assertThat(r.query()).contains("2502.10517"));
  }
}
