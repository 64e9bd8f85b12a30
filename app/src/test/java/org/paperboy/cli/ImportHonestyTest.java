package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Databases;
import org.paperboy.testing.TestApp;

/** What import says and does with inputs that are missing, empty, odd or hostile. */
class ImportHonestyTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return TestApp.run(dir.resolve("data"), out, err, args);
  }

  static String line(String id, String extra) {
    return "{\"id\":\""
        + id
        + "\",\"title\":\"T "
        + id
        + "\",\"abstract\":\"A\",\"published\":\"2024-01-02\""
        + extra
        + "}\n";
  }

  @Test
  void aMissingFileOrADirectoryFailsWithOneAndAnEmptyFileIsZeroPapers() throws Exception {
    assertThat(run("import", dir.resolve("nope.jsonl").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no such file");
    assertThat(run("import", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("is a directory");
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    assertThat(run("import", empty.toString())).isZero();
    assertThat(out.toString()).contains("0 added").contains("0 rejected");
  }

  @Test
  void autoTellsTheFormatFromTheFirstGoodLine() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("mixed.jsonl"), "{broken\n" + line("g1", "") + line("g2", ""));
    assertThat(run("import", file.toString())).isEqualTo(3);
    assertThat(err.toString()).contains(file + ":1:");
    assertThat(out.toString()).contains("2 added", "1 rejected");
  }

  @Test
  void hostileIdsLinksAndDatesAreRefusedOrDroppedWithWhereAndWhy() throws Exception {
    // the CLI runs on the system clock, as it does for everyone: "the future" is the real one
    String future = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();
    Path file =
        Files.writeString(
            dir.resolve("hostile.jsonl"),
            line(
                    "ok1",
                    ",\"links\":{\"abs\":\"javascript:alert(1)\",\"pdf\":\"https://x.org/a.pdf\"}")
                + line("bad\u202eid", "")
                + line("a?b", "")
                + line("a%2Fb", "")
                + line("not/arxiv", "")
                + line("quant-ph/0101001", "")
                + line("fut", "").replace("2024-01-02", future)
                + line("nodate", "").replace("2024-01-02", "someday"));
    assertThat(run("import", "--format", "jsonl", file.toString())).isEqualTo(3);
    String e = err.toString();
    assertThat(e).contains(file + ":2:", file + ":3:", file + ":4:", file + ":5:");
    assertThat(e).contains(file + ":7: date " + future + " is more than a day in the future");
    assertThat(e).contains(file + ":8: bad date");
    assertThat(out.toString()).contains("2 added", "6 rejected");
    try (Paperboy app = TestApp.open(dir.resolve("data"), Databases.sqlite(dir.resolve("data")))) {
      Paper ok = app.papers().find("ok1").orElseThrow();
      assertThat(ok.links().abs()).isNull();
      assertThat(ok.links().pdf()).isEqualTo("https://x.org/a.pdf");
      assertThat(app.papers().find("quant-ph/0101001")).isPresent();
    }
  }

  @Test
  void aRecordWithoutVersionNeverReplacesAVersionedOnesText() throws Exception {
    Path versioned =
        Files.writeString(
            dir.resolve("v.jsonl"),
            line("p1", ",\"version\":3").replace("\"abstract\":\"A\"", "\"abstract\":\"Real\""));
    Path bare =
        Files.writeString(
            dir.resolve("bare.jsonl"),
            line("p1", ",\"doi\":\"10.1/x\"")
                .replace("\"abstract\":\"A\"", "\"abstract\":\"Old\""));
    assertThat(run("import", versioned.toString())).isZero();
    assertThat(run("import", bare.toString())).isZero();
    try (Paperboy app = TestApp.open(dir.resolve("data"), Databases.sqlite(dir.resolve("data")))) {
      Paper p = app.papers().find("p1").orElseThrow();
      assertThat(p.abstractText()).isEqualTo("Real");
      assertThat(p.version()).isEqualTo(3);
      assertThat(p.doi()).isEqualTo("10.1/x");
    }
  }
}
