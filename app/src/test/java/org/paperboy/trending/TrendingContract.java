package org.paperboy.trending;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.Config;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;

/** Trending on a real database: the same SQL on SQLite and PostgreSQL. */
abstract class TrendingContract {
  @TempDir Path dir;
  Database db;
  PaperStore papers;

  abstract String databaseUrl(Path dir);

  /** When the papers are first seen: a fixed instant, not the wall clock. */
  static final Clock SEEN = Clock.fixed(Instant.parse("2026-11-28T09:00:00Z"), ZoneOffset.UTC);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    papers = new PaperStore(db, SEEN);
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Paper paper(String id, String published) {
    return Fixtures.paper(id, "Title " + id, "Abstract " + id, published);
  }

  Trending trending(String now) {
    Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
    return new Trending(db, papers, Config.Trending.defaults(), clock);
  }

  void user(String id) {
    db.inTransaction(
        c ->
            Sql.update(
                c,
                "INSERT INTO users (id, email, created_at) VALUES (?, ?, ?)",
                id,
                id + "@x.org",
                "2025-01-01T00:00:00Z"));
  }

  @Test
  void oldDataIsAnchoredAtItsNewestDayAndAgesCountToTheEndOfIt() {
    papers.upsert(
        List.of(paper("a", "2025-02-19"), paper("b", "2025-02-18"), paper("c", "2024-01-01")));
    Trending t = trending("2026-11-28T09:00:00Z");
    assertThat(t.today()).isEqualTo(LocalDate.parse("2025-02-19"));
    TrendingPage day = t.page(Window.DAY, 0, 10);
    assertThat(day.to()).isEqualTo(LocalDate.parse("2025-02-19"));
    // fewer than ten papers in the day: the window reaches back until it holds ten (or all)
    assertThat(day.entries()).extracting(r -> r.paper().id()).containsExactly("a", "b", "c");
    double ageOfA = 24;
    assertThat(day.entries().getFirst().score())
        .isCloseTo(1 / Math.pow(ageOfA + 2, 1.8), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aBulkImportGivesItsNewestPapersAndRanksThousandsInOneCall() {
    Instant before = SEEN.instant().minusSeconds(5);
    List<Paper> many = new java.util.ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      many.add(paper(String.format("p%04d", i), LocalDate.of(2020, 1, 1).plusDays(i).toString()));
    }
    many.add(paper("undated", null));
    papers.upsert(many);
    Instant after = SEEN.instant().plusSeconds(5);
    PaperStore.Added newest = papers.addedBetween(before, after, 3);
    assertThat(newest.papers()).extracting(Paper::id).containsExactly("p2499", "p2498", "p2497");
    assertThat(newest.total()).isEqualTo(2_501);
    assertThat(papers.addedBetween(before, after, 5_000).papers().getLast().id())
        .isEqualTo("undated");
    assertThat(papers.addedBetween(after, after.plusSeconds(60), 3).total()).isZero();
    // the signals of thousands of papers are read a thousand ids a statement
    assertThat(trending("2026-11-28T09:00:00Z").rank(many)).hasSize(2_501);
  }

  @Test
  void votesLiftAPaperAboveNewerOnesAndToggleBack() {
    papers.upsert(List.of(paper("new", "2026-11-28"), paper("old", "2026-11-27")));
    List<String> people = List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8");
    people.forEach(this::user);
    Trending t = trending("2026-11-28T12:00:00Z");
    assertThat(t.page(Window.WEEK, 0, 10).entries())
        .extracting(r -> r.paper().id())
        .containsExactly("new", "old");
    // a day older weighs (38 / 14) ^ 1.8 = 6 times more: eight votes (nine points) overcome it
    for (String u : people) {
      assertThat(t.toggleVote(u, "old").voted()).isTrue();
    }
    Trending fresh = trending("2026-11-28T12:00:00Z");
    TrendingPage week = fresh.page(Window.WEEK, 0, 10);
    assertThat(week.entries()).extracting(r -> r.paper().id()).containsExactly("old", "new");
    assertThat(week.entries().getFirst().votes()).isEqualTo(8);
    assertThat(fresh.rankOf("old", Window.WEEK)).isEqualTo(1);
    VoteResult back = t.toggleVote("u1", "old");
    assertThat(back).isEqualTo(new VoteResult(false, 7));
    assertThat(t.votedBy("u1", List.of("old", "new"))).isEmpty();
    assertThat(t.votedBy("u2", List.of("old", "new"))).containsExactly("old");
  }

  @Test
  void viewsAreCountedInBatchesAndWeighAsAFractionOfAVote() {
    papers.upsert(List.of(paper("p", "2026-11-28"), paper("q", "2026-11-28")));
    Trending t = trending("2026-11-28T12:00:00Z");
    for (int i = 0; i < 40; i++) {
      t.viewed("q");
    }
    t.flushViews();
    t.viewed("q");
    t.flushViews();
    List<Ranked> day = trending("2026-11-28T12:00:00Z").page(Window.DAY, 0, 10).entries();
    assertThat(day.getFirst().paper().id()).isEqualTo("q");
    assertThat(day.getFirst().views()).isEqualTo(41);
    assertThat(day.getFirst().score())
        .isCloseTo((1 + 0.05 * 41) / Math.pow(14, 1.8), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aDayPageListsItsPapersMostVotedFirstWithTheDaysAround() {
    papers.upsert(
        List.of(
            paper("d1", "2026-11-20"),
            paper("d2", "2026-11-20"),
            paper("e", "2026-11-17"),
            paper("f", "2026-11-25"),
            paper("none", null)));
    user("u");
    Trending t = trending("2026-11-28T12:00:00Z");
    t.toggleVote("u", "d2");
    DayPage page = t.day(LocalDate.parse("2026-11-20"), Span.DAY, 0, 10);
    assertThat(page.entries()).extracting(r -> r.paper().id()).containsExactly("d2", "d1");
    assertThat(page.previous()).isEqualTo(LocalDate.parse("2026-11-17"));
    assertThat(page.next()).isEqualTo(LocalDate.parse("2026-11-25"));
    assertThat(page.total()).isEqualTo(2);
    DayPage week = t.day(LocalDate.parse("2026-11-20"), Span.WEEK, 0, 10);
    assertThat(week.from()).isEqualTo(LocalDate.parse("2026-11-16"));
    assertThat(week.to()).isEqualTo(LocalDate.parse("2026-11-22"));
    assertThat(week.total()).isEqualTo(3);
    assertThat(week.next()).isEqualTo(LocalDate.parse("2026-11-25"));
    assertThat(t.day(LocalDate.parse("2026-11-20"), Span.MONTH, 1, 2).entries()).hasSize(2);
  }

  @Test
  void onceTheServersJobDrivesRefreshesAStaleRankingWaitsForItsNextRun() {
    papers.upsert(List.of(paper("a", "2026-11-28"), paper("b", "2026-11-28")));
    user("u");
    Trending t = trending("2026-11-28T12:00:00Z");
    t.refreshStale(); // the server's trending job: from now on it recomputes, not a read
    assertThat(t.page(Window.DAY, 0, 10).entries())
        .extracting(r -> r.paper().id())
        .containsExactly("a", "b");
    t.toggleVote("u", "b");
    assertThat(t.page(Window.DAY, 0, 10).entries())
        .as("a read serves the ranking it has")
        .extracting(r -> r.paper().id())
        .containsExactly("a", "b");
    t.refreshStale();
    assertThat(t.page(Window.DAY, 0, 10).entries())
        .extracting(r -> r.paper().id())
        .containsExactly("b", "a");
  }

  @Test
  void searchResultsCanBeOrderedByTrending() {
    // trending and age disagree: "old" is a day older than "new" but eight votes lift it above,
    // and "older" is older still with none; ordered by age it would be new, old, older
    papers.upsert(
        List.of(
            paper("older", "2026-11-25"), paper("old", "2026-11-26"), paper("new", "2026-11-27")));
    Trending t = trending("2026-11-28T12:00:00Z");
    for (String u : List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8")) {
      user(u);
      t.toggleVote(u, "old");
    }
    Map<String, Paper> found = papers.findAll(List.of("older", "old", "new"));
    assertThat(t.rank(List.of(found.get("new"), found.get("older"), found.get("old"))))
        .extracting(r -> r.paper().id())
        .containsExactly("old", "new", "older");
  }

  void outside(String id, String source, String metric, long value, String at) {
    db.inTransaction(
        c -> {
          Sql.update(
              c,
              "INSERT INTO signal_observations (paper_id, source, metric, value, observed_at)"
                  + " VALUES (?, ?, ?, ?, ?)",
              id,
              source,
              metric,
              value,
              at);
          return Sql.update(
              c,
              "INSERT INTO signal_latest (paper_id, source, metric, value, observed_at)"
                  + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (paper_id, source, metric)"
                  + " DO UPDATE SET value = excluded.value, observed_at = excluded.observed_at",
              id,
              source,
              metric,
              value,
              at);
        });
  }

  @Test
  void withoutLocalVotesTheWeekFollowsOutsideSignalsAndPapersWithoutAnyRankByAge() {
    papers.upsert(
        List.of(
            paper("a", "2026-11-28"),
            paper("b", "2026-11-27"),
            paper("c", "2026-11-25"),
            paper("d", "2026-11-23"),
            paper("e", "2026-11-22"),
            paper("f", "2026-11-26"),
            paper("g", "2026-11-24")));
    outside("b", "hf", "upvotes", 40, "2026-11-28T01:00:00.000Z");
    outside("c", "hf", "upvotes", 120, "2026-11-28T01:00:00.000Z");
    outside("d", "hf", "upvotes", 300, "2026-11-28T01:00:00.000Z");
    outside("e", "hf", "upvotes", 10, "2026-11-28T01:00:00.000Z");
    Trending t = trending("2026-11-28T12:00:00Z");
    for (Window w : List.of(Window.WEEK, Window.MONTH)) {
      assertThat(t.page(w, 0, 10).entries())
          .extracting(r -> r.paper().id())
          .as(w.key())
          .containsExactly("d", "c", "b", "e", "a", "f", "g");
    }
    Ranked top = t.page(Window.WEEK, 0, 1).entries().getFirst();
    assertThat(top.signals().hfUpvotes()).isEqualTo(300);
    assertThat(top.why()).isEqualTo("▲ 300 on Hugging Face");
  }

  @Test
  void starsGainedInTheWindowLiftAPaperAndAreShownAsThisWeeksGain() {
    papers.upsert(List.of(paper("old", "2026-11-22"), paper("new", "2026-11-27")));
    outside("old", "github", "stars", 100, "2026-11-01T00:00:00.000Z");
    outside("old", "github", "stars", 900, "2026-11-26T00:00:00.000Z");
    outside("new", "github", "stars", 5000, "2026-11-01T00:00:00.000Z");
    Trending t = trending("2026-11-28T12:00:00Z");
    List<Ranked> week = t.page(Window.WEEK, 0, 10).entries();
    assertThat(week).extracting(r -> r.paper().id()).containsExactly("old", "new");
    assertThat(week.getFirst().signals().githubStarsGained()).isEqualTo(800);
    assertThat(week.getFirst().why()).isEqualTo("★ 900 (+800 this week)");
    assertThat(week.get(1).signals().githubStarsGained()).isZero();
  }
}
