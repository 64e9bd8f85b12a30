package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;
import org.paperboy.testing.TestApp;

/** The command line as a user runs it: exit codes, output, errors. */
class CliTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs a command with {@code --data} pointing into the test's folder. */
  int run(String... args) {
    return TestApp.run(dir.resolve("data"), out, err, args);
  }

  @Test
  void importThenStatsAsJson() throws Exception {
    assertThat(run("import", Fixtures.path("arxiv-kaggle-sample.jsonl").toString())).isZero();
    assertThat(out.toString()).contains("import: 200 added, 0 updated, 0 unchanged, 0 rejected");
    out.getBuffer().setLength(0);
    assertThat(run("stats", "--format", "json")).isZero();
    JsonNode stats = new ObjectMapper().readTree(out.toString());
    assertThat(stats.get("papers").asLong()).isEqualTo(200);
  }

  @Test
  void rejectedRecordsExitWithThreeAndSayWhereAndWhy() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(
        file, "{\"_id\":\"1\",\"title\":\"T\",\"text\":\"A\"}\n{\"_id\":\"2\",\"title\":\"T\"}\n");
    assertThat(run("import", "--format", "beir", file.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("rejected " + file + ":2: missing abstract");
    assertThat(out.toString()).contains("1 added", "1 rejected");
  }

  @Test
  void badUsageExitsWithTwo() {
    assertThat(run("import", "--format", "csv", "x.csv")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown format 'csv'");
    assertThat(run("import")).isEqualTo(2);
    assertThat(run("stats", "--db", "jdbc:mysql://x/y")).isEqualTo(2);
    assertThat(run("harvest", "--metadata-prefix", "marc")).isEqualTo(2);
    assertThat(run("harvest", "--from", "yesterday")).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"serve", "import", "harvest", "add", "export", "stats"}) {
      assertThat(
              Main.run(new PrintWriter(out, true), new PrintWriter(err, true), command, "--help"))
          .isZero();
    }
    assertThat(out.toString())
        .contains("--delay-ms", "--metadata-prefix", "--format", "--data", "--db");
  }

  @Test
  void serveDemoLoadsTheDemoPapersOnce() {
    assertThat(run("serve", "--demo", "--once")).isZero();
    assertThat(out.toString()).contains("Loaded the demo papers: 2072 added");
    assertThat(run("serve", "--demo", "--once")).isZero();
    assertThat(out.toString()).contains("already holds papers");
  }

  @Test
  void addFetchesPapersThroughTheArxivApi() {
    try (LocalHttpServer api =
        new LocalHttpServer(q -> Reply.ok(Fixtures.bytes("arxiv-api.atom")))) {
      int code =
          run(
              "add",
              "--api",
              api.url("/api/query"),
              "--delay-ms",
              "0",
              "2502.10517v2",
              "not-an-id");
      assertThat(code).isEqualTo(3);
      assertThat(api.queries()).containsExactly("id_list=2502.10517&max_results=1");
      assertThat(out.toString()).contains("1 added", "1 rejected");
      assertThat(err.toString()).contains("rejected not-an-id: not an arXiv id");
    }
  }

  @Test
  void searchPrintsResultsAsTextJsonAndTrec() throws IOException {
    run("import", Fixtures.path("relevance-corpus.jsonl").toString());
    out.getBuffer().setLength(0);
    assertThat(run("search", "--mode", "keyword", "--limit", "2", "KV", "cache")).isZero();
    assertThat(out.toString())
        .contains("1. KV cache compression by low-bit quantization  [r11] 2024-02-05");
    out.getBuffer().setLength(0);
    assertThat(run("search", "--mode", "keyword", "--format", "json", "surface", "codes")).isZero();
    var json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("hits").get(0).get("id").asText()).isEqualTo("r04");
    assertThat(json.get("query").asText()).isEqualTo("surface codes");
    out.getBuffer().setLength(0);
    assertThat(run("search", "--mode", "keyword", "--sort", "trending", "surface", "codes"))
        .isZero();
    assertThat(out.toString()).contains("[r04]");
    out.getBuffer().setLength(0);
    // no vectors yet: similar papers are those sharing the title's words, never the paper itself
    assertThat(run("search", "--similar", "r04", "--format", "trec")).isZero();
    assertThat(out.toString()).isNotEmpty().doesNotContain(" r04 ");
    Path queries = dir.resolve("queries.jsonl");
    Files.writeString(
        queries,
        "{\"_id\": \"q1\", \"text\": \"surface codes\"}\n{\"_id\": \"q2\", \"text\": \"dark matter\"}\n");
    out.getBuffer().setLength(0);
    assertThat(
            run(
                "search",
                "--mode",
                "keyword",
                "--format",
                "trec",
                "--limit",
                "1",
                "--queries",
                queries.toString()))
        .isZero();
    assertThat(out.toString())
        .matches("q1 Q0 r04 1 [0-9.]+ paperboy-keyword\nq2 Q0 r10 1 [0-9.]+ paperboy-keyword\n");
  }

  @Test
  void searchRefusesBadOptionsWithTwo() {
    assertThat(run("search", "--mode", "fuzzy", "x")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown mode 'fuzzy'");
    assertThat(run("search", "--limit", "1000", "x")).isEqualTo(2);
    assertThat(run("search", "--offset", "-1", "x")).isEqualTo(2);
    assertThat(run("search", "--format", "xml", "x")).isEqualTo(2);
  }

  @Test
  void statsCountsIndexedPapersAndThoseWaitingForVectors() throws Exception {
    run("import", Fixtures.path("relevance-corpus.jsonl").toString());
    out.getBuffer().setLength(0);
    assertThat(run("stats", "--format", "json")).isZero();
    JsonNode stats = new ObjectMapper().readTree(out.toString());
    assertThat(stats.get("indexed").asLong()).isEqualTo(12);
    assertThat(stats.get("waiting_for_embedding").asLong()).isEqualTo(12);
  }

  @Test
  void exportWritesJsonLinesThatImportReadsBackUnchanged() throws IOException {
    run("import", Fixtures.path("arxiv-kaggle-sample.jsonl").toString());
    Path export = dir.resolve("all.jsonl.gz");
    assertThat(run("export", export.toString())).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("import", export.toString())).isZero();
    assertThat(out.toString()).contains("0 added, 0 updated, 200 unchanged, 0 rejected");
  }
}
