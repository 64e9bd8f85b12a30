package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.TestApp;

/** {@code import} indexes as it writes: nothing left to catch up, refusals reported, full disk. */
class ImportIndexTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return TestApp.run(dir.resolve("data"), out, err, args);
  }

  JsonNode stats() throws IOException {
    out.getBuffer().setLength(0);
    assertThat(run("stats", "--format", "json")).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  static String kaggle(String id, String categories) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"Surface codes "
        + id
        + "\",\"abstract\":\"Logical error rates of surface codes.\",\"authors\":\"A. One\","
        + "\"categories\":\""
        + categories
        + "\",\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"}],"
        + "\"update_date\":\"2007-04-02\"}\n";
  }

  @Test
  void theImportedPapersAreIndexedAndCommittedWithNothingLeftToCatchUp() throws IOException {
    assertThat(run("import", Fixtures.path("arxiv-kaggle-sample.jsonl").toString())).isZero();
    assertThat(out.toString())
        .contains("import: 200 added")
        .doesNotContain("indexed"); // the catch-up after the import found nothing to do
    assertThat(stats().get("indexed").asLong()).isEqualTo(200);
    out.getBuffer().setLength(0);
    assertThat(run("import", Fixtures.path("arxiv-kaggle-sample.jsonl").toString())).isZero();
    assertThat(out.toString()).contains("200 unchanged").doesNotContain("indexed");
    assertThat(stats().get("indexed").asLong()).isEqualTo(200);
    out.getBuffer().setLength(0);
    assertThat(run("search", "--mode", "keyword", "diphoton")).isZero();
    assertThat(out.toString()).contains("0704.0001");
  }

  @Test
  void aPaperTheIndexRefusesIsReportedWithFileAndLineAndTheRestGoIn() throws IOException {
    Path file = dir.resolve("papers.jsonl");
    // a category of 40,000 letters is one term longer than Lucene takes (32,766 bytes)
    Files.writeString(
        file,
        kaggle("0704.0001", "quant-ph")
            + kaggle("0704.0002", "quant-ph " + "x".repeat(40_000))
            + kaggle("0704.0003", "quant-ph"));
    assertThat(run("import", file.toString())).isEqualTo(Main.EXIT_REJECTED);
    assertThat(err.toString())
        .contains("rejected " + file + ":2: stored, but cannot be indexed")
        .contains("immense term");
    assertThat(out.toString()).contains("1 papers stored but not indexed");
    assertThat(stats().get("indexed").asLong()).isEqualTo(2);
    out.getBuffer().setLength(0);
    assertThat(run("search", "--mode", "keyword", "surface codes")).isZero();
    assertThat(out.toString()).contains("0704.0001", "0704.0003");
  }

  @Test
  void runningOutOfDiskIsToldPlainly() {
    Exception full =
        new UncheckedIOException(new IOException("write failed: No space left on device"));
    assertThat(DiskFull.causes(full)).isTrue();
    assertThat(DiskFull.causes(new IllegalStateException("[SQLITE_FULL] database or disk is full")))
        .isTrue();
    assertThat(DiskFull.causes(new IllegalStateException("something else"))).isFalse();
    assertThat(new DiskFull(full).getMessage())
        .startsWith("out of disk space (write failed: No space left on device)")
        .contains("the search index its last commit")
        .contains("run the same command again");
  }
}
