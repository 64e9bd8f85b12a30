package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/** {@code paperboy library import|export} as an operator runs them. */
class LibraryCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void importFetchesFromArxivReportsEveryUnmatchedEntryAndExportsTheResult() throws Exception {
    String data = "--data=" + dir.resolve("data");
    try (LocalHttpServer api =
        new LocalHttpServer(q -> Reply.ok(Fixtures.bytes("arxiv-api.atom")))) {
      int code =
          run(
              "library",
              "import",
              data,
              "--user",
              "Ada@Lab.test",
              "--api",
              api.url("/api/query"),
              "--delay-ms",
              "0",
              Fixtures.path("library/zotero.bib").toString());
      assertThat(code).isEqualTo(Main.EXIT_REJECTED);
    }
    assertThat(out.toString())
        .contains("BibTeX: 7 entries, 0 matched, 1 fetched from arXiv, 6 unmatched, 1 malformed;")
        .contains("1 newly saved");
    assertThat(err.toString())
        .contains("unmatched entry missing_2024 \"A Paper arXiv Never Had\": arXiv does not know")
        .contains("malformed line ");
    out.getBuffer().setLength(0);
    assertThat(run("library", "export", data, "--user", "ada@lab.test")).isZero();
    assertThat(out.toString()).contains("eprint = {2502.10517}").contains("KernelBench");
    out.getBuffer().setLength(0);
    assertThat(run("library", "export", data, "--user", "ada@lab.test", "--format", "csl-json"))
        .isZero();
    assertThat(out.toString()).contains("\"number\" : \"arXiv:2502.10517\"");
  }

  @Test
  void aFileThatIsNotABibliographyImportsNothingAndExitsWithOne() throws Exception {
    Path file = dir.resolve("letter.txt");
    Files.writeString(file, "Dear editor,\nthank you.\n");
    int code =
        run(
            "library",
            "import",
            "--data=" + dir.resolve("data"),
            "--user",
            "a@b.test",
            file.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString())
        .contains("This is not BibTeX, RIS or CSL JSON")
        .contains("Nothing was imported.");
    assertThat(run("library", "--help")).isZero();
  }
}
