package org.paperboy.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.db.Sql;
import org.paperboy.paper.Paper;

/** The library on a real database: the same SQL on SQLite and PostgreSQL. */
abstract class LibraryContract extends LibraryDatabase {
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
