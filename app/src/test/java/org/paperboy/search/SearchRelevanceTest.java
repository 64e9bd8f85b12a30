package org.paperboy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Paperboy;
import org.paperboy.search.SearchRequest.Mode;
import org.paperboy.testing.TestApp;

/** Search on a small fixed corpus, with exact expected results, through the real model. */
class SearchRelevanceTest {
  @TempDir static Path dir;
  static Paperboy app;

  @BeforeAll
  static void load() {
    app = TestApp.open(dir, null);
    TestApp.load(app, "relevance-corpus.jsonl", true);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  static List<String> ids(String query, Mode mode) {
    return app.search().search(SearchRequest.of(query, mode, 10)).hits().stream()
        .map(h -> h.paper().id())
        .toList();
  }

  @Test
  void keywordRanksByBm25OverTitleAndAbstract() {
    assertThat(ids("KV cache", Mode.KEYWORD)).startsWith("r11", "r02", "r01").hasSize(3);
    assertThat(ids("quantum", Mode.KEYWORD)).containsExactlyInAnyOrder("r04", "r05");
    assertThat(ids("attention", Mode.KEYWORD)).startsWith("r03");
  }

  @Test
  void semanticFindsMeaningWithoutTheWords() {
    assertThat(ids("make LLM inference fit on one small GPU", Mode.SEMANTIC).getFirst())
        .isEqualTo("r01");
    assertThat(ids("how do galaxies hold together", Mode.SEMANTIC).getFirst()).isEqualTo("r10");
    assertThat(ids("folding of amino acid chains", Mode.SEMANTIC).getFirst()).isEqualTo("r07");
  }

  @Test
  void hybridFusesBoth() {
    assertThat(ids("running a big language model on a single GPU", Mode.HYBRID).getFirst())
        .isEqualTo("r01");
    assertThat(ids("KV cache", Mode.HYBRID).subList(0, 2)).containsExactlyInAnyOrder("r11", "r02");
  }

  @Test
  void filtersNarrowEveryMode() {
    for (Mode mode : Mode.values()) {
      assertThat(ids("language models cat:cs.CL", mode))
          .as(mode.name())
          .isNotEmpty()
          .allMatch(id -> List.of("r08", "r09", "r11").contains(id));
      assertThat(ids("cache author:Ouyang", mode)).as(mode.name()).containsExactly("r11");
      assertThat(ids("memory year:2023", mode))
          .as(mode.name())
          .isNotEmpty()
          .allMatch(id -> List.of("r01", "r02").contains(id));
      assertThat(ids("memory -cache", mode)).as(mode.name()).doesNotContain("r01", "r02", "r11");
    }
    assertThat(ids("memory date:2022-01-01..2022-12-31", Mode.KEYWORD)).containsExactly("r03");
  }

  @Test
  void anEmptyQueryListsTheNewestFirstAndUndatedLast() {
    List<String> newest =
        app.search().search(SearchRequest.of("", Mode.HYBRID, 20)).hits().stream()
            .map(h -> h.paper().id())
            .toList();
    assertThat(newest).startsWith("r11", "r08", "r02").endsWith("r12");
    assertThat(ids("cat:quant-ph", Mode.HYBRID)).containsExactly("r05", "r04");
  }

  @Test
  void snippetsMarkTheMatchesAndEscapeHtml() {
    SearchResults.Hit hit =
        app.search().search(SearchRequest.of("fragmentation", Mode.KEYWORD, 1)).hits().getFirst();
    assertThat(hit.snippet()).contains("<mark>fragmentation</mark>");
    assertThat(Snippets.lead("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void similarPapersLeaveThePaperItselfOut() {
    List<String> similar =
        app.search().similar("r02", 3).stream().map(h -> h.paper().id()).toList();
    assertThat(similar).hasSize(3).doesNotContain("r02").contains("r11");
    assertThat(app.search().similar("no-such-paper", 3)).isEmpty();
  }

  @Test
  void pagingAndBounds() {
    List<String> all = ids("", Mode.KEYWORD);
    assertThat(
            app.search()
                .search(new SearchRequest("", Mode.KEYWORD, SearchRequest.Sort.RELEVANCE, 2, 2))
                .hits())
        .extracting(h -> h.paper().id())
        .containsExactlyElementsOf(all.subList(2, 4));
    assertThatThrownBy(() -> SearchRequest.of("x", Mode.KEYWORD, 1000))
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> new SearchRequest("x", Mode.KEYWORD, null, 10, -1))
        .hasMessageContaining("offset");
  }

  @Test
  void hostileQueriesAreAnsweredNotFailed() {
    for (String q :
        new String[] {
          "x".repeat(10_000),
          "\"unbalanced",
          "((a OR",
          "*",
          "\u0000\u0007\u202e",
          "nosuchfield:value",
          "AND",
          "-",
          "year:",
          "author:"
        }) {
      for (Mode mode : Mode.values()) {
        assertThat(app.search().search(SearchRequest.of(q, mode, 5)))
            .as(mode + " " + q.length())
            .isNotNull();
      }
    }
  }

  @Test
  void newestSortOrdersMatchesByDate() {
    List<String> byDate =
        app
            .search()
            .search(new SearchRequest("memory", Mode.KEYWORD, SearchRequest.Sort.NEWEST, 10, 0))
            .hits()
            .stream()
            .map(h -> h.paper().id())
            .toList();
    assertThat(byDate).startsWith("r11", "r02");
  }
}
