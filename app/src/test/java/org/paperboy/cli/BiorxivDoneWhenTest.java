package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;
import org.paperboy.testing.TestApp;

/**
 * Issue 22's first "done when": a stand-in for api.biorxiv.org (several pages, a 429 first, an
 * unpadded date) harvests every preprint once; stats counts them; source:biorxiv finds them.
 */
class BiorxivDoneWhenTest {
  static final String PREFIX = "/details/biorxiv/2026-11-04/2026-11-06/";
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    out.getBuffer().setLength(0);
    return TestApp.run(dir.resolve("data"), out, err, args);
  }

  @Test
  void harvestCountAndFind() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (LocalHttpServer api =
        LocalHttpServer.withPaths(
            path ->
                calls.getAndIncrement() == 0
                    ? Reply.status(429, Map.of("Retry-After", "0"))
                    : new Reply(
                        200,
                        Map.of("Content-Type", "application/json"),
                        Fixtures.bytes(
                            "biorxiv-page" + path.substring(PREFIX.length()) + ".json")))) {
      String[] harvest = {
        "harvest",
        "--source",
        "biorxiv",
        "--url",
        api.url(""),
        "--from",
        "2026-11-04",
        "--until",
        "2026-11-06",
        "--delay-ms",
        "0"
      };
      assertThat(run(harvest)).isEqualTo(Main.EXIT_REJECTED); // the record without a title
      assertThat(out.toString()).contains("3 added");
      assertThat(err.toString()).contains("cursor 0, record 2: missing title");
      assertThat(run(harvest)).isEqualTo(Main.EXIT_REJECTED);
      assertThat(out.toString()).contains("0 added");
    }
    assertThat(run("stats", "--format", "json")).isZero();
    JsonNode stats = new ObjectMapper().readTree(out.toString());
    assertThat(stats.get("papers").asLong()).isEqualTo(3);
    assertThat(stats.get("sources").get("biorxiv").asLong()).isEqualTo(3);
    assertThat(stats.get("sources").get("arxiv").asLong()).isZero();

    assertThat(run("search", "--mode", "keyword", "source:biorxiv")).isZero();
    assertThat(out.toString())
        .contains("10.1101-2026.11.04.600001", "10.1101-2026.11.05.600003")
        .contains("10.1101-2026.11.06.600004");
    assertThat(run("search", "--mode", "keyword", "zebrafish cat:neuroscience")).isZero();
    assertThat(out.toString()).contains("10.1101-2026.11.04.600001");
    assertThat(run("search", "--mode", "keyword", "source:arxiv")).isZero();
    assertThat(out.toString()).doesNotContain("10.1101");
  }

  @Test
  void anUnknownOpenReviewVenueIsBadUsageWithTheServersMessage() {
    try (LocalHttpServer api =
        LocalHttpServer.withPaths(
            path ->
                new Reply(
                    404,
                    Map.of("Content-Type", "application/json"),
                    "{\"name\":\"NotFoundError\",\"message\":\"Group Not Found: NoSuch/2099\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      assertThat(
              run(
                  "harvest",
                  "--source",
                  "openreview",
                  "--venue",
                  "NoSuch/2099",
                  "--url",
                  api.url(""),
                  "--delay-ms",
                  "0"))
          .isEqualTo(2);
      assertThat(err.toString()).contains("Group Not Found: NoSuch/2099");
    }
  }

  @Test
  void anHtmlAnswerStopsTheHarvestWithExit1() {
    try (LocalHttpServer api =
        LocalHttpServer.withPaths(
            path ->
                new Reply(
                    200,
                    Map.of("Content-Type", "text/html"),
                    "<html><body>Down for maintenance</body></html>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      assertThat(
              run(
                  "harvest",
                  "--source",
                  "medrxiv",
                  "--url",
                  api.url(""),
                  "--from",
                  "2026-11-04",
                  "--until",
                  "2026-11-04",
                  "--delay-ms",
                  "0"))
          .isEqualTo(1);
      assertThat(err.toString())
          .contains(api.url("/details/medrxiv/2026-11-04/2026-11-04/0"))
          .contains("<html><body>Down for maintenance");
    }
  }

  @Test
  void anUnknownSourceIsBadUsage() {
    assertThat(run("harvest", "--source", "pubmed")).isEqualTo(2);
    assertThat(err.toString()).contains("arxiv, biorxiv, medrxiv or openreview");
  }
}
