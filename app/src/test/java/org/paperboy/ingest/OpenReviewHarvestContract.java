package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.db.Database;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.Venue;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/**
 * OpenReview's API v2, replayed: decisions land on stored papers, unmatched notes become papers.
 */
abstract class OpenReviewHarvestContract {
  static final String VENUE = "ICLR.cc/2025/Conference";
  @TempDir Path dir;
  Database db;
  PaperStore store;
  OpenReviewHarvester harvester;
  LocalHttpServer server;

  abstract String url(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(url(dir));
    store = new PaperStore(db);
    harvester = new OpenReviewHarvester(db, store, HarvesterTest.FAST_RETRIES, 2);
    store.upsert(
        List.of(
            arxiv("2501.10001", "Scaling laws for sparse mixtures of experts", "M. Chen"),
            arxiv("2501.10002", "A Title arXiv Spells Its Own Way", "A. Souza")));
  }

  @AfterEach
  void close() {
    if (server != null) {
      server.close();
    }
    db.close();
  }

  static Paper arxiv(String id, String title, String author) {
    return new Paper(
        id,
        1,
        title,
        "Abstract.",
        List.of(author, "B. Other"),
        List.of("cs.LG"),
        LocalDate.of(2025, 1, 20),
        null,
        null,
        null,
        null,
        null,
        Paper.Links.NONE,
        "oai",
        null);
  }

  static Reply json(String fixture) {
    return new Reply(200, Map.of("Content-Type", "application/json"), Fixtures.bytes(fixture));
  }

  static Reply openReview(String path) {
    if (path.startsWith("/groups")) {
      return path.contains("ICLR.cc%2F2025%2FConference")
          ? new Reply(
              200, Map.of(), "{\"groups\":[{\"id\":\"ICLR.cc/2025/Conference\"}]}".getBytes())
          : new Reply(
              404,
              Map.of("Content-Type", "application/json"),
              ("{\"name\":\"NotFoundError\",\"message\":\"Group Not Found: ICLR.cc/2099/Conference\","
                      + "\"status\":404}")
                  .getBytes(StandardCharsets.UTF_8));
    }
    return json(path.endsWith("offset=0") ? "openreview-page0.json" : "openreview-page1.json");
  }

  OpenReviewHarvester.Result harvest(String venue) throws Exception {
    return harvester.harvest(server.url(""), venue, Duration.ZERO, ImportListener.SILENT);
  }

  @Test
  void decisionsLandOnStoredPapersAndUnmatchedNotesBecomePapers() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server =
        LocalHttpServer.withPaths(
            p ->
                calls.getAndIncrement() == 1
                    ? Reply.status(429, Map.of("Retry-After", "0"))
                    : openReview(p));
    OpenReviewHarvester.Result r = harvest(VENUE);
    assertThat(server.queries())
        .containsExactly(
            "/groups?id=ICLR.cc%2F2025%2FConference",
            "/notes?content.venueid=ICLR.cc%2F2025%2FConference&limit=2&offset=0",
            "/notes?content.venueid=ICLR.cc%2F2025%2FConference&limit=2&offset=0",
            "/notes?content.venueid=ICLR.cc%2F2025%2FConference&limit=2&offset=2");
    assertThat(r.matched()).isEqualTo(2);
    assertThat(r.created()).isEqualTo(2);
    assertThat(store.find("2501.10001").orElseThrow().venue())
        .isEqualTo(new Venue("ICLR 2025", VENUE, "Oral", Venue.OPENREVIEW));
    assertThat(store.find("2501.10002").orElseThrow().venue().decision()).isEqualTo("Poster");
    Paper unmatched = store.find("openreview-NoAbStR03z").orElseThrow();
    assertThat(unmatched.server()).isEqualTo("openreview");
    assertThat(unmatched.abstractText()).isEmpty();
    assertThat(unmatched.authors()).containsExactly("Zed Khan");
    assertThat(unmatched.venue().label()).isEqualTo("ICLR 2025 · Spotlight");
    assertThat(unmatched.links().pdf()).isEqualTo("https://openreview.net/pdf?id=NoAbStR03z");
    assertThat(unmatched.published()).isEqualTo(LocalDate.of(2025, 1, 27));
    assertThat(store.find("openreview-OtHeRa04ww")).isPresent(); // same title, other first author
    assertThat(store.countByServer()).containsEntry("arxiv", 2L).containsEntry("openreview", 2L);

    OpenReviewHarvester.Result again = harvest(VENUE);
    assertThat(again.summary().added()).isZero();
    assertThat(again.summary().updated()).isZero();
    assertThat(again.summary().unchanged()).isEqualTo(4);
    assertThat(store.count()).isEqualTo(4);
  }

  @Test
  void anUnknownVenueIsRefusedWithTheServersMessage() {
    server = LocalHttpServer.withPaths(OpenReviewHarvestContract::openReview);
    assertThatThrownBy(() -> harvest("ICLR.cc/2099/Conference"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Group Not Found: ICLR.cc/2099/Conference");
    assertThat(server.queries()).hasSize(1);
  }
}
