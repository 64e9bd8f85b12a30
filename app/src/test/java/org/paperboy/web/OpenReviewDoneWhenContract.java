package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.ingest.ImportListener;
import org.paperboy.ingest.OpenReviewHarvester;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;
import org.paperboy.testing.TestServer;

/**
 * Issue 22's second "done when": a stand-in for OpenReview's API v2 marks a stored arXiv paper with
 * its ICLR decision (in the API, on its card, through venue:"ICLR 2025"), stores an unmatched
 * accepted note as an openreview paper, and a second run changes nothing.
 */
abstract class OpenReviewDoneWhenContract {
  @TempDir Path dir;
  TestServer server;
  LocalHttpServer openReview;

  abstract String dbUrl(Path dir);

  @BeforeEach
  void start() {
    server = TestServer.start(dir, dbUrl(dir), null, 0);
    server
        .app()
        .papers()
        .upsert(
            List.of(
                new Paper(
                    "2501.10001",
                    1,
                    "Scaling laws for sparse mixtures of experts",
                    "We fit scaling laws to sparse models.",
                    List.of("M. Chen"),
                    List.of("cs.LG"),
                    LocalDate.of(2025, 1, 20),
                    null,
                    null,
                    null,
                    "Submitted to ICLR 2025",
                    null,
                    Paper.Links.NONE,
                    "oai",
                    null)));
    openReview =
        LocalHttpServer.withPaths(
            path ->
                path.startsWith("/groups")
                    ? new Reply(200, Map.of(), "{\"groups\":[{}]}".getBytes(StandardCharsets.UTF_8))
                    : new Reply(
                        200,
                        Map.of("Content-Type", "application/json"),
                        Fixtures.bytes("openreview-all.json")));
  }

  @AfterEach
  void stop() {
    openReview.close();
    server.close();
  }

  OpenReviewHarvester.Result harvest() throws Exception {
    OpenReviewHarvester.Result r =
        new OpenReviewHarvester(server.app().database(), server.app().papers())
            .harvest(
                openReview.url(""),
                "ICLR.cc/2025/Conference",
                Duration.ZERO,
                ImportListener.SILENT);
    server.app().search().catchUp();
    return r;
  }

  JsonNode json(String path) throws Exception {
    var response = server.client().get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return new ObjectMapper().readTree(response.body());
  }

  String page(String path) {
    var response = server.client().get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  @Test
  void theDecisionShowsEverywhereAndASecondRunChangesNothing() throws Exception {
    OpenReviewHarvester.Result first = harvest();
    assertThat(first.matched()).isEqualTo(1);

    JsonNode paper = json("/api/v1/papers/2501.10001");
    assertThat(paper.get("source").asText()).isEqualTo("arxiv");
    assertThat(paper.get("venue").get("name").asText()).isEqualTo("ICLR 2025");
    assertThat(paper.get("venue").get("id").asText()).isEqualTo("ICLR.cc/2025/Conference");
    assertThat(paper.get("venue").get("decision").asText()).isEqualTo("Oral");
    assertThat(paper.get("venue").get("from").asText()).isEqualTo("openreview");
    assertThat(page("/papers/2501.10001")).contains("ICLR 2025 · Oral");

    String q = URLEncoder.encode("venue:\"ICLR 2025\"", StandardCharsets.UTF_8);
    String found = page("/search?mode=keyword&q=" + q);
    assertThat(found).contains("/papers/2501.10001").contains("ICLR 2025 · Oral");
    JsonNode api =
        json(
            "/api/v1/search?mode=keyword&q="
                + URLEncoder.encode("venue:ICLR", StandardCharsets.UTF_8));
    assertThat(api.toString()).contains("2501.10001", "openreview-NoAbStR03z");

    JsonNode unmatched = json("/api/v1/papers/openreview-NoAbStR03z");
    assertThat(unmatched.get("source").asText()).isEqualTo("openreview");
    assertThat(unmatched.get("venue").get("decision").asText()).isEqualTo("Spotlight");
    assertThat(page("/papers/openreview-NoAbStR03z"))
        .contains("OpenReview")
        .doesNotContain("<img src=x");

    assertThat(page("/venues")).contains("ICLR 2025").contains("/venues/iclr-2025");
    String venue = page("/venues/iclr-2025");
    assertThat(venue.indexOf("Oral")).isLessThan(venue.indexOf("Spotlight"));
    assertThat(venue).contains("/feeds/venues/iclr-2025.atom");
    assertThat(page("/feeds/venues/iclr-2025.atom"))
        .contains("<entry>")
        .contains("accepted at ICLR 2025 (oral).");
    assertThat(json("/api/v1/venues/ICLR.cc/2025/Conference").get("total").asInt()).isEqualTo(4);
    assertThat(server.client().get("/venues/nowhere-1999").statusCode()).isEqualTo(404);

    long seq = server.app().database().lastSeq();
    OpenReviewHarvester.Result second = harvest();
    assertThat(second.summary().added()).isZero();
    assertThat(second.summary().updated()).isZero();
    assertThat(server.app().database().lastSeq()).isEqualTo(seq);
    assertThat(server.app().papers().count()).isEqualTo(4);
  }
}
