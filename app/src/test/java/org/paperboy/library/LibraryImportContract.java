package org.paperboy.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperboy.paper.Paper;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;

/** Imports on a real database: matching, fetching and reporting on SQLite and PostgreSQL. */
abstract class LibraryImportContract extends LibraryDatabase {
  @Test
  void importMatchesByArxivIdThenFetchesThenDoiThenTitleAndReportsTheRest() {
    try (LocalHttpServer arxiv =
        new LocalHttpServer(q -> Reply.ok(Fixtures.bytes("arxiv-api.atom")))) {
      ImportReport r =
          library.importFile(
              ada,
              Fixtures.bytes("library/zotero.bib"),
              arxiv.url("/api/query"),
              Duration.ZERO,
              100);
      assertThat(r.format()).isEqualTo("BibTeX");
      assertThat(r.entries()).isEqualTo(7);
      assertThat(r.matched()).isEqualTo(4);
      assertThat(r.fetched()).isEqualTo(1);
      assertThat(r.added()).isEqualTo(5);
      assertThat(r.malformed()).hasSize(1);
      assertThat(r.unmatched())
          .extracting(ImportReport.Item::where, ImportReport.Item::reason)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "entry missing_2024", "arXiv does not know arXiv:2401.99999"),
              org.assertj.core.groups.Tuple.tuple(
                  "entry hostile_2024", "no arXiv id or DOI, and no stored paper has this title"));
      assertThat(arxiv.queries())
          .singleElement()
          .asString()
          .contains("2502.10517")
          .contains("2401.99999");
    }
    assertThat(library.ids(ada, Mark.SAVED))
        .containsExactlyInAnyOrder(
            "1706.03762", "2502.10517", "2205.14135", "schr1935", "2309.06180");
    assertThat(papers.find("2502.10517"))
        .get()
        .extracting(Paper::title)
        .asString()
        .startsWith("KernelBench");
    // the same file again saves nothing new, and fetches nothing
    ImportReport again =
        library.importFile(
            ada, Fixtures.bytes("library/zotero.bib"), "http://127.0.0.1:9/none", Duration.ZERO, 0);
    assertThat(again.added()).isZero();
    assertThat(again.matched()).isEqualTo(5);
  }

  @Test
  void risAndCslJsonImportTheSamePapers() {
    ImportReport ris =
        library.importFile(
            ada, Fixtures.bytes("library/zotero.ris"), "http://127.0.0.1:9/", Duration.ZERO, 0);
    assertThat(ris.matched()).isEqualTo(4);
    assertThat(ris.malformed()).hasSize(1);
    ImportReport csl =
        library.importFile(
            bob, Fixtures.bytes("library/zotero.json"), "http://127.0.0.1:9/", Duration.ZERO, 0);
    assertThat(csl.matched()).isEqualTo(4);
    assertThat(library.ids(bob, Mark.SAVED))
        .containsExactlyInAnyOrderElementsOf(library.ids(ada, Mark.SAVED));
  }

  @Test
  void anArxivOutageOrTheFetchLimitIsReportedPerEntry() {
    try (LocalHttpServer arxiv = new LocalHttpServer(q -> Reply.status(400, Map.of()))) {
      ImportReport r =
          library.importFile(
              ada,
              Fixtures.bytes("library/zotero.bib"),
              arxiv.url("/api/query"),
              Duration.ZERO,
              100);
      assertThat(r.unmatched())
          .extracting(ImportReport.Item::reason)
          .anySatisfy(
              reason ->
                  assertThat(reason)
                      .startsWith(
                          "arXiv:2502.10517 is not stored here, and the arXiv API could not be reached (HTTP 400"));
      assertThat(r.added()).isEqualTo(4);
    }
    ImportReport limited =
        library.importFile(
            bob, Fixtures.bytes("library/zotero.bib"), "http://127.0.0.1:9/", Duration.ZERO, 0);
    assertThat(limited.unmatched())
        .extracting(ImportReport.Item::reason)
        .anySatisfy(reason -> assertThat(reason).contains("was not fetched"));
  }

  @Test
  void aFileThatCannotBeReadImportsNothing() {
    assertThatThrownBy(() -> library.importFile(ada, "not a bibliography".getBytes(), 0))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith("Nothing was imported.");
    assertThatThrownBy(() -> library.importFile(ada, new byte[Library.MAX_IMPORT_BYTES + 1], 0))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("The file is larger than 10 MB");
    assertThat(library.ids(ada, Mark.SAVED)).isEmpty();
  }
}
