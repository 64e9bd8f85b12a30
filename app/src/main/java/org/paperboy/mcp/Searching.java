package org.paperboy.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;
import org.paperboy.search.Search;
import org.paperboy.search.SearchRequest;
import org.paperboy.search.SearchResults;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingMatches;

/**
 * search_papers: the search the pages and {@code /api/v1/search} run (the same services, the same
 * bounds), sorted by relevance, newest or trending.
 */
final class Searching {
  private static final List<String> MODES = List.of("hybrid", "keyword", "semantic");
  private static final List<String> SORTS = List.of("relevance", "newest", "trending");

  private final Search search;
  private final Trending trending;
  private final Supplier<String> baseUrl;

  Searching(Search search, Trending trending, Supplier<String> baseUrl) {
    this.search = search;
    this.trending = trending;
    this.baseUrl = baseUrl;
  }

  private record Found(Paper paper, String snippet, float score) {}

  CallToolResult search(Args a) {
    String query = a.text("query", Definitions.MAX_QUERY);
    SearchRequest.Mode mode = SearchRequest.Mode.parse(a.oneOf("mode", MODES));
    String sort = a.oneOf("sort", SORTS);
    int limit = a.integer("limit", 10, 1, SearchRequest.MAX_LIMIT);
    int offset = a.integer("offset", 0, 0, SearchRequest.MAX_OFFSET);
    List<Found> found = new ArrayList<>();
    long total;
    boolean exact;
    if (sort.equals("trending")) {
      TrendingMatches m = trending.search(search, query, mode, offset, limit);
      for (Ranked r : m.page()) {
        SearchResults.Hit h = m.hits().get(r.paper().id());
        found.add(new Found(r.paper(), h.snippet(), h.score()));
      }
      total = m.total();
      exact = true;
    } else {
      SearchResults r =
          search.search(
              new SearchRequest(query, mode, SearchRequest.Sort.parse(sort), limit, offset));
      r.hits().forEach(h -> found.add(new Found(h.paper(), h.snippet(), h.score())));
      total = r.total();
      exact = r.totalIsExact();
    }
    String base = baseUrl.get();
    List<Shapes.SearchHit> hits = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (Found f : found) {
      int rank = offset + hits.size() + 1;
      Shapes.SearchHit h =
          new Shapes.SearchHit(
              rank,
              Shapes.number(f.score()),
              Markdown.snippet(f.snippet()),
              Shapes.Summary.of(f.paper(), base));
      hits.add(h);
      lines.add(Markdown.item(rank, h.paper(), h.snippet()));
    }
    String modeKey = mode.name().toLowerCase(Locale.ROOT);
    String heading =
        (exact ? "" : "About ")
            + total
            + (total == 1 ? " paper matches" : " papers match")
            + (query.isBlank() ? " (no query: the newest)" : " “" + Markdown.oneLine(query) + "”")
            + " ("
            + modeKey
            + ", by "
            + sort
            + ")"
            + (found.isEmpty()
                ? "."
                : "; " + (offset + 1) + " to " + (offset + found.size()) + ":");
    return Results.ok(
        Markdown.list(heading, lines, "Try other words, or mode semantic."),
        new Shapes.SearchOut(query, modeKey, sort, total, exact, offset, limit, hits));
  }
}
