package org.paperboy.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.config.SignalSettings;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.MutableClock;

/**
 * Citation alerts' fetching against local stand-ins for Semantic Scholar, OpenAlex and the arXiv
 * API, on a real database: paging, rate limits, malformed answers, unknown citing papers.
 */
abstract class CitationAlertsContract {
  static final String WATCHED = "2502.10436";

  @TempDir Path dir;
  Database db;
  PaperStore papers;
  MutableClock clock = new MutableClock(Instant.parse("2025-03-10T08:00:00Z"));
  FakeSources world;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    papers = new PaperStore(db, clock);
    world = new FakeSources(r -> FakeSources.Reply.status(404, Map.of()));
    papers.upsert(
        List.of(
            paper(WATCHED, "2025-02-14", "MERGE³"),
            paper("2503.00001", "2025-03-01", "Cites it, stored"),
            paper("2503.00009", "2025-03-02", "Not watched"),
            paper("2401.00001", "2024-01-01", "Old citing paper")));
    db.inTransaction(
        c -> {
          Sql.update(
              c, "INSERT INTO users (id, email, created_at) VALUES ('u1', 'ada@lab.test', 'x')");
          return Sql.update(
              c,
              "INSERT INTO claims (user_id, paper_id, created_at) VALUES ('u1', ?, 'x')",
              WATCHED);
        });
  }

  @AfterEach
  void close() {
    world.close();
    db.close();
  }

  static Paper paper(String id, String published, String title) {
    return new Paper(
        id,
        1,
        title,
        "Abstract.",
        List.of("Someone"),
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

  OutsideSignals outside(String... sources) {
    SignalSettings s =
        new SignalSettings(
            Set.of(sources),
            true,
            world.url(),
            null,
            world.url(),
            null,
            world.url(),
            null,
            true,
            world.url() + "/api/query",
            Duration.ZERO,
            Duration.ofMillis(2_000),
            100);
    OutsideSignals o = new OutsideSignals(db, papers, new ArxivApi(papers), s, clock);
    o.useOpenAlex(world.url(), "ops@lab.test");
    return o;
  }

  static String s2Entry(String arxiv) {
    return "{\"citingPaper\":{\"paperId\":\"x\",\"externalIds\":"
        + (arxiv == null ? "{\"DOI\":\"10.1/x\"}" : "{\"ArXiv\":\"" + arxiv + "\"}")
        + ",\"title\":\"T\",\"publicationDate\":\"2025-03-01\"}}";
  }

  /** An arXiv API feed with one entry, or none. */
  static String arxivFeed(String id, String published) {
    String entry =
        id == null
            ? ""
            : "<entry><id>http://arxiv.org/abs/"
                + id
                + "v1</id><updated>"
                + published
                + "T00:00:00Z</updated><published>"
                + published
                + "T00:00:00Z</published>"
                + "<title>Citing from arXiv</title><summary>New.</summary>"
                + "<author><name>Bo Li</name></author>"
                + "<category term=\"cs.LG\" scheme=\"http://arxiv.org/schemas/atom\"/></entry>";
    return "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>q</title>"
        + entry
        + "</feed>";
  }

  List<String> citedBy(String id) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT citing_id FROM citations WHERE cited_id = ? ORDER BY citing_id",
                r -> r.getString(1),
                id));
  }

  @Test
  void pagedCitationsBecomeEdgesAndUnknownCitingPapersAreFetchedFromArxiv() {
    world.answer(
        r -> {
          if (r.path().equals("/graph/v1/paper/arXiv:" + WATCHED + "/citations")) {
            return r.query().contains("offset=0")
                ? FakeSources.Reply.json(
                    "{\"offset\":0,\"next\":100,\"data\":["
                        + s2Entry("2503.00001")
                        + ","
                        + s2Entry(null)
                        + ","
                        + s2Entry("2401.00001v2")
                        + "]}")
                : FakeSources.Reply.json(
                    "{\"offset\":100,\"data\":[" + s2Entry("2503.00002") + "]}");
          }
          if (r.path().equals("/api/query")) {
            return new FakeSources.Reply(
                200,
                Map.of("Content-Type", "application/atom+xml"),
                arxivFeed("2503.00002", "2025-03-05"),
                0);
          }
          return FakeSources.Reply.status(404, Map.of());
        });
    RoundSummary s = outside("s2").fetch(Set.of(), false);
    assertThat(citedBy(WATCHED)).containsExactly("2401.00001", "2503.00001", "2503.00002");
    assertThat(world.count("/graph/v1/paper/arXiv:" + WATCHED)).isEqualTo(2);
    assertThat(papers.find("2503.00002")).isPresent(); // added through the arXiv API
    assertThat(world.count("/graph/v1/paper/arXiv:2503.00009")).isZero(); // nobody watches it
    long quiet = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM citations WHERE quiet = 1"));
    assertThat(quiet).isEqualTo(1); // the 2024 paper: known before anybody watched, never mailed
    assertThat(s.sources().toString()).contains("s2:");

    // asked at most once a day
    outside("s2").fetch(Set.of(), false);
    assertThat(world.count("/graph/v1/paper/arXiv:" + WATCHED)).isEqualTo(2);
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    outside("s2").fetch(Set.of(), false);
    assertThat(world.count("/graph/v1/paper/arXiv:" + WATCHED)).isEqualTo(4);
    assertThat(citedBy(WATCHED)).hasSize(3); // found again: still one edge each
  }

  @Test
  void a429WithRetryAfterStopsTheSourceUntilThenAndAsksAgainLater() {
    world.answer(r -> FakeSources.Reply.status(429, Map.of("Retry-After", "600")));
    RoundSummary s = outside("s2").fetch(Set.of(), false);
    assertThat(s.sources().toString()).contains("Retry-After 600");
    long before = world.requests.size();
    outside("s2").fetch(Set.of(), false); // a new process: the limit is remembered
    assertThat(world.requests.size()).isEqualTo(before);
    clock.advance(Duration.ofMinutes(11));
    world.answer(r -> FakeSources.Reply.json("{\"data\":[" + s2Entry("2503.00001") + "]}"));
    outside("s2").fetch(Set.of(), false);
    assertThat(citedBy(WATCHED)).containsExactly("2503.00001"); // not marked asked while limited
  }

  @Test
  void aMalformedAnswerIsSkippedFieldByFieldAndNeverRemovesAKnownEdge() {
    world.answer(r -> FakeSources.Reply.json("{\"data\":[" + s2Entry("2503.00001") + "]}"));
    outside("s2").fetch(Set.of(), false);
    assertThat(citedBy(WATCHED)).containsExactly("2503.00001");
    clock.advance(Duration.ofDays(2));
    world.answer(
        r ->
            FakeSources.Reply.json(
                "{\"data\":[7,{\"citingPaper\":\"no\"},{\"citingPaper\":{\"externalIds\":"
                    + "{\"ArXiv\":42}}},{\"citingPaper\":{\"externalIds\":{\"ArXiv\":\"not an id\"}}}]}"));
    RoundSummary s = outside("s2").fetch(Set.of(), false);
    assertThat(s.sources().toString()).contains("4 fields rejected");
    assertThat(citedBy(WATCHED)).containsExactly("2503.00001");
    clock.advance(Duration.ofDays(2));
    world.answer(
        r ->
            r.path().startsWith("/graph/v1/paper/arXiv:")
                ? FakeSources.Reply.json("{\"data\": \"nope\"")
                : FakeSources.Reply.status(404, Map.of()));
    s = outside("s2").fetch(Set.of(), false);
    assertThat(s.malformed()).isEqualTo(1);
    assertThat(citedBy(WATCHED)).containsExactly("2503.00001");
  }

  @Test
  void aCitingPaperArxivDoesNotKnowIsCountedAndLeftOut() {
    world.answer(
        r -> {
          if (r.path().startsWith("/graph/v1/paper/arXiv:")) {
            return FakeSources.Reply.json("{\"data\":[" + s2Entry("2503.99999") + "]}");
          }
          return new FakeSources.Reply(
              200, Map.of("Content-Type", "application/atom+xml"), arxivFeed(null, null), 0);
        });
    RoundSummary s = outside("s2").fetch(Set.of(), false);
    assertThat(citedBy(WATCHED)).isEmpty();
    assertThat(s.sources().toString()).contains("1 unknown");
  }

  @Test
  void openAlexFindsTheArxivWorkByItsDoiAndPagesItsCitingWorksPolitely() {
    world.answer(
        r -> {
          if (r.path().equals("/works/doi:10.48550/arXiv." + WATCHED)) {
            return FakeSources.Reply.json(
                "{\"id\":\"https://openalex.org/W4407\",\"doi\":\"https://doi.org/10.48550/arxiv."
                    + WATCHED
                    + "\"}");
          }
          if (r.path().equals("/works") && r.query().contains("filter=cites:W4407")) {
            return r.query().contains("cursor=*")
                ? FakeSources.Reply.json(
                    "{\"meta\":{\"count\":3,\"next_cursor\":\"abc\"},\"results\":["
                        + "{\"id\":\"https://openalex.org/W1\",\"doi\":\"https://doi.org/10.48550/arxiv.2503.00001\"},"
                        + "{\"id\":\"https://openalex.org/W2\",\"doi\":\"https://doi.org/10.1145/123\"}]}")
                : FakeSources.Reply.json(
                    "{\"meta\":{\"count\":3,\"next_cursor\":null},\"results\":["
                        + "{\"id\":\"https://openalex.org/W3\",\"doi\":null}]}");
          }
          return FakeSources.Reply.status(404, Map.of());
        });
    outside("openalex").fetch(Set.of(), false);
    assertThat(citedBy(WATCHED)).containsExactly("2503.00001");
    assertThat(world.requests)
        .filteredOn(r -> r.path().equals("/works"))
        .hasSize(2)
        .allMatch(r -> r.query().contains("mailto=ops%40lab.test"));
  }
}
