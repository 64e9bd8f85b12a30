package org.paperboy.trending;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.search.Search;
import org.paperboy.search.SearchRequest;
import org.paperboy.search.SearchResults;

/**
 * A search sorted by trending: the best {@value #DEPTH} matches of the query, reordered by their
 * trending score. The web pages, the API and {@code search --sort trending} all mean this.
 *
 * @param page the requested slice, in trending order
 * @param hits each paper's search hit (its snippet and relevance score), by id
 * @param total how many matches were reordered
 * @param millis how long the search took
 */
public record TrendingMatches(
    List<Ranked> page, Map<String, SearchResults.Hit> hits, int total, double millis) {
  /** How many of the best matches are reordered. */
  public static final int DEPTH = 100;

  static TrendingMatches find(
      Trending trending,
      Search search,
      String query,
      SearchRequest.Mode mode,
      int offset,
      int limit) {
    SearchResults results =
        search.search(new SearchRequest(query, mode, SearchRequest.Sort.RELEVANCE, DEPTH, 0));
    Map<String, SearchResults.Hit> byId = new HashMap<>();
    results.hits().forEach(h -> byId.put(h.paper().id(), h));
    List<Ranked> ranked =
        trending.rank(results.hits().stream().map(SearchResults.Hit::paper).toList());
    List<Ranked> page =
        new ArrayList<>(
            ranked.subList(
                Math.min(offset, ranked.size()), Math.min(offset + limit, ranked.size())));
    return new TrendingMatches(page, byId, ranked.size(), results.millis());
  }
}
