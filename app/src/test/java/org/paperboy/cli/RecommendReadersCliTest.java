package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.TestApp;

/** {@code paperboy recommend --profiles P --readers R}: other readers' co-saves, bad input. */
class RecommendReadersCliTest {
  @TempDir Path dir;
  StringWriter out = new StringWriter();
  StringWriter err = new StringWriter();

  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return TestApp.run(dir.resolve("data"), out, err, args);
  }

  @BeforeEach
  void corpus() throws Exception {
    assertThat(run("import", Fixtures.path("web-corpus.jsonl").toString())).isZero();
    try (org.paperboy.Paperboy app = TestApp.open(dir.resolve("data"), null)) {
      app.search().embed(Long.MAX_VALUE, (done, total, rate) -> {});
    }
    Files.writeString(
        dir.resolve("profiles.jsonl"), "{\"_id\":\"ada\",\"liked\":[\"r01\",\"r02\",\"r03\"]}\n");
  }

  private String readers(String... lines) throws Exception {
    Path p = dir.resolve("readers.jsonl");
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p.toString();
  }

  @Test
  void threeReadersWhoSavedOneOfHerPapersWithAnotherLiftThatOneToTheTop() throws Exception {
    String profiles = dir.resolve("profiles.jsonl").toString();
    assertThat(run("recommend", "--profiles", profiles, "--limit", "11")).isZero();
    String alone = out.toString();
    assertThat(alone).contains("paperboy-blend").doesNotContain("cosaves");
    assertThat(alone.lines().findFirst().orElseThrow()).doesNotContain(" r10 ");

    String r =
        readers(
            "{\"_id\":\"a\",\"liked\":[\"r01\",\"r10\"]}",
            "{\"_id\":\"b\",\"liked\":[\"r01\",\"r10\",\"r04\"]}",
            "{\"_id\":\"c\",\"liked\":[\"r10\",\"r01\"]}");
    assertThat(run("recommend", "--profiles", profiles, "--readers", r, "--limit", "11")).isZero();
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .startsWith("ada Q0 r10 1 ")
        .endsWith("paperboy-blend-cosaves");
    assertThat(err.toString()).contains("co-saves of 3 readers (pairs of at least 3)");
    // the same readers under a minimum of four: nothing changes the ranking
    assertThat(
            run(
                "recommend",
                "--profiles",
                profiles,
                "--readers",
                r,
                "--min-readers",
                "4",
                "--limit",
                "11"))
        .isZero();
    assertThat(out.toString().replace("paperboy-blend-cosaves", "paperboy-blend")).isEqualTo(alone);
  }

  @Test
  void unknownIdsAreSkippedAndCountedAndMalformedLinesReportedWithTheirNumber() throws Exception {
    String profiles = dir.resolve("profiles.jsonl").toString();
    String r =
        readers(
            "{\"_id\":\"a\",\"liked\":[\"r01\",\"nope1\",\"r10\"]}",
            "not json at all",
            "{\"_id\":\"b\",\"liked\":\"r01\"}",
            "",
            "{\"_id\":\"c\",\"liked\":[\"r01\",\"nope2\"]}",
            "{\"_id\":\"c\",\"liked\":[\"r01\"]}");
    assertThat(run("recommend", "--profiles", profiles, "--readers", r)).isEqualTo(3);
    assertThat(err.toString())
        .contains("readers: line 2 skipped")
        .contains("readers: line 3 skipped: \"liked\" is not a list of ids")
        .contains("readers: line 6 skipped: reader \"c\" given twice")
        .contains("readers: 2 paper ids not stored were skipped")
        .contains("co-saves of 2 readers");
    assertThat(out.toString()).contains("ada Q0 "); // the rest was used
    assertThat(run("recommend", "--profiles", profiles, "--readers", dir.resolve("x").toString()))
        .isNotZero();
    assertThat(run("recommend", "--user", "a@b.org", "--readers", r)).isNotZero();
    assertThat(err.toString()).contains("--readers goes with --profiles");
  }
}
