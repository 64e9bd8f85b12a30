package org.paperboy.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.account.Accounts;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.testing.Fixtures;
import org.paperboy.testing.LocalHttpServer;
import org.paperboy.testing.LocalHttpServer.Reply;
import org.paperboy.testing.MutableClock;

/** The library on a real database: the same SQL on SQLite and PostgreSQL. */
abstract class LibraryContract {
  @TempDir Path dir;
  Database db;
  PaperStore papers;
  Accounts accounts;
  Library library;
  MutableClock clock;
  String ada;
  String bob;

  abstract String databaseUrl(Path dir);

  @BeforeEach
  void open() {
    db = Database.open(databaseUrl(dir));
    papers = new PaperStore(db);
    clock = new MutableClock();
    accounts = new Accounts(db, null, clock);
    library =
        new Library(
            db,
            papers,
            accounts,
            new ArxivApi(papers),
            title -> new ArrayList<>(papers.findAll(allIds()).values()),
            "a-test-secret-of-enough-length".getBytes(),
            () -> "https://paperboy.test",
            clock);
    papers.upsert(
        List.of(
            paper("1706.03762", "Attention Is All You Need", "2017-06-12", null),
            paper(
                "2205.14135",
                "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
                "2022-05-27",
                null),
            paper(
                "2309.06180",
                "Efficient Memory Management for Large Language Model Serving with PagedAttention",
                "2023-09-12",
                null),
            paper(
                "schr1935",
                "Die gegenwärtige Situation in der Quantenmechanik",
                "1935-11-29",
                "10.1007/BF01491891")));
    ada = library.userIdFor("ada@lab.test");
    bob = library.userIdFor("Bob@Lab.test");
  }

  List<String> allIds() {
    return db.read(c -> Sql.list(c, "SELECT id FROM papers", rs -> rs.getString(1)));
  }

  @AfterEach
  void close() {
    db.close();
  }

  static Paper paper(String id, String title, String published, String doi) {
    Paper p = Fixtures.paper(id, title, "Abstract of " + title, published);
    return new Paper(
        p.id(),
        1,
        p.title(),
        p.abstractText(),
        List.of("Grace Hopper", "Alan Turing"),
        p.categories(),
        p.published(),
        null,
        doi,
        null,
        null,
        null,
        p.links(),
        "test",
        null);
  }

  @Test
  void theLastMarkWinsAndUnmarkingForgetsThePaper() {
    library.mark(ada, "1706.03762", Mark.SAVED, Origin.PAGE);
    assertThat(library.markOf(ada, "1706.03762")).contains(Mark.SAVED);
    assertThat(library.markOf(bob, "1706.03762")).isEmpty();
    library.mark(ada, "1706.03762", Mark.DISMISSED, Origin.PAGE);
    assertThat(library.markOf(ada, "1706.03762")).contains(Mark.DISMISSED);
    assertThat(library.ids(ada, Mark.DISMISSED)).containsExactly("1706.03762");
    assertThat(library.ids(ada, Mark.SAVED)).isEmpty();
    library.unmark(ada, "1706.03762");
    assertThat(library.markOf(ada, "1706.03762")).isEmpty();
    assertThatThrownBy(() -> library.mark(ada, "no-such-paper", Mark.SAVED, Origin.PAGE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLibraryPageFindsWordsSortsByDateAndPages() {
    List<Paper> many = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      many.add(
          paper(
              "2401." + (10000 + i),
              "Paper number " + i + (i % 2 == 0 ? " about kernels" : ""),
              "2024-01-" + String.format("%02d", 1 + i % 28),
              null));
    }
    papers.upsert(many);
    for (Paper p : many) {
      library.mark(ada, p.id(), Mark.SAVED, Origin.PAGE);
      clock.advance(Duration.ofMinutes(1));
    }
    library.mark(ada, "1706.03762", Mark.DISMISSED, Origin.PAGE);
    LibraryPage first = library.page(ada, new LibraryQuery("", null, 1));
    assertThat(first.total()).isEqualTo(60);
    assertThat(first.papers()).hasSize(LibraryQuery.PAGE_SIZE);
    assertThat(first.papers().getFirst().paper().id()).isEqualTo("2401.10059");
    assertThat(first.hasNext()).isTrue();
    assertThat(library.page(ada, new LibraryQuery("", null, 2)).papers()).hasSize(10);
    LibraryPage kernels = library.page(ada, new LibraryQuery("KERNELS number", null, 1));
    assertThat(kernels.total()).isEqualTo(30);
    assertThat(library.page(ada, new LibraryQuery("turing 100%_", null, 1)).total()).isZero();
    assertThat(library.page(ada, new LibraryQuery("hopper", null, 1)).total()).isEqualTo(60);
    LibraryPage byDate = library.page(ada, new LibraryQuery("", LibraryQuery.Sort.PUBLISHED, 1));
    assertThat(byDate.papers().getFirst().paper().published().toString()).isEqualTo("2024-01-28");
    assertThat(library.page(bob, new LibraryQuery("", null, 1)).total()).isZero();
  }

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

  @Test
  void exportsHoldTheSavedPapersOnly() {
    library.mark(ada, "1706.03762", Mark.SAVED, Origin.PAGE);
    library.mark(ada, "2205.14135", Mark.DISMISSED, Origin.PAGE);
    String bib = library.exportBibtex(ada);
    assertThat(bib)
        .contains("eprint = {1706.03762}")
        .doesNotContain("2205.14135")
        .doesNotContain("file =");
    assertThat(library.exportCslJson(ada))
        .contains("\"number\" : \"arXiv:1706.03762\"")
        .doesNotContain("2205.14135");
    assertThat(library.exportBibtex(bob)).isEmpty();
  }

  @Test
  void apiTokensAreShownOnceStoredHashedAndRevocable() {
    ApiToken.Created t = library.createToken(ada, "Feed reader");
    assertThat(t.secret()).startsWith("pb_").hasSize(46);
    assertThat(library.userForToken(t.secret())).contains(ada);
    assertThat(library.userForToken(t.secret() + "x")).isEmpty();
    assertThat(library.userForToken("pb_" + "A".repeat(43))).isEmpty();
    assertThat(library.userForToken(null)).isEmpty();
    List<String> stored =
        db.read(c -> Sql.list(c, "SELECT token_hash FROM api_tokens", rs -> rs.getString(1)));
    assertThat(stored).singleElement().asString().hasSize(64).isNotEqualTo(t.secret());
    assertThat(library.tokens(ada))
        .singleElement()
        .satisfies(
            tok -> {
              assertThat(tok.name()).isEqualTo("Feed reader");
              assertThat(tok.lastUsedAt()).isEqualTo(clock.instant());
            });
    assertThat(library.revokeToken(bob, t.token().id())).isFalse();
    assertThat(library.revokeToken(ada, t.token().id())).isTrue();
    assertThat(library.userForToken(t.secret())).isEmpty();
  }

  @Test
  void feedbackLinksAreSignedSinglePurposeAndExpire() {
    Feedback.Links links = library.feedbackLinks("new@reader.test", "2309.06180");
    String more = token(links.moreLikeThis());
    String less = token(links.notForMe());
    assertThat(links.moreLikeThis()).startsWith("https://paperboy.test/library/feedback?t=");
    assertThat(library.readFeedback(more))
        .contains(new Feedback(Feedback.Action.MORE, "new@reader.test", "2309.06180"));
    assertThat(library.readFeedback("less" + more.substring(4))).isEmpty();
    String[] parts = less.split("\\.");
    String otherPaper =
        parts[0]
            + "."
            + parts[1]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("1706.03762".getBytes())
            + "."
            + parts[3]
            + "."
            + parts[4];
    assertThat(library.readFeedback(otherPaper)).isEmpty();
    assertThat(library.readFeedback("garbage")).isEmpty();

    library.recordFeedback(more);
    String reader = library.userIdFor("new@reader.test");
    assertThat(library.markOf(reader, "2309.06180")).contains(Mark.SAVED);
    library.recordFeedback(less);
    assertThat(library.markOf(reader, "2309.06180")).contains(Mark.DISMISSED);

    clock.advance(Library.FEEDBACK_LIFETIME.plusMinutes(1));
    assertThat(library.readFeedback(more)).isEmpty();
    assertThat(library.recordFeedback(less)).isEmpty();
  }

  static String token(String url) {
    return java.net.URLDecoder.decode(
        url.substring(url.indexOf("?t=") + 3), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void deletingAPersonDeletesTheirLibraryAndTokens() {
    library.mark(ada, "1706.03762", Mark.SAVED, Origin.PAGE);
    library.createToken(ada, "x");
    library.mark(bob, "1706.03762", Mark.SAVED, Origin.PAGE);
    db.inTransaction(c -> Sql.update(c, "DELETE FROM users WHERE id = ?", ada));
    long library =
        db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM library WHERE user_id = ?", ada));
    long tokens =
        db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM api_tokens WHERE user_id = ?", ada));
    assertThat(library).isZero();
    assertThat(tokens).isZero();
    assertThat(this.library.ids(bob, Mark.SAVED)).containsExactly("1706.03762");
  }
}
