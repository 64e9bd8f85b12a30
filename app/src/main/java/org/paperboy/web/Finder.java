package org.paperboy.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperboy.paper.Paper;
import org.paperboy.search.Search;
import org.paperboy.search.SearchRequest;
import org.paperboy.search.SearchResults;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingMatches;

/**
 * One search as the pages, the API and the feeds ask for it: the query syntax plus filter fields,
 * sorted by relevance, newest or trending (see {@link TrendingMatches}).
 */
final class Finder {

  /** A search as the request spelled it; {@link #query()} has the filters folded in. */
  record Ask(
      String q,
      SearchRequest.Mode mode,
      String sort,
      String category,
      LocalDate from,
      LocalDate to,
      int limit,
      int offset) {

    String query() {
      StringBuilder b = new StringBuilder(q);
      if (!category.isEmpty()) {
        b.append(" cat:").append(category);
      }
      if (from != null || to != null) {
        b.append(" date:")
            .append(from == null ? "" : from)
            .append("..")
            .append(to == null ? "" : to);
      }
      return b.toString().strip();
    }
  }

  /** A result: the paper, its highlighted snippet (escaped HTML, or null) and its votes. */
  record Found(Paper paper, String snippet, float score, int votes) {}

  record Results(List<Found> found, long total, boolean exact, double millis) {}

  private final Search search;
  private final Trending trending;
  private final Metrics metrics;

  Finder(Search search, Trending trending, Metrics metrics) {
    this.search = search;
    this.trending = trending;
    this.metrics = metrics;
  }

  static Ask ask(Context ctx, int defaultLimit) {
    SearchRequest.Mode mode =
        Pages.parse(
            () -> {
              String m = ctx.queryParam("mode");
              return m == null || m.isBlank()
                  ? SearchRequest.Mode.HYBRID
                  : SearchRequest.Mode.parse(m);
            });
    String sort = Params.text(ctx, "sort").toLowerCase(Locale.ROOT);
    sort = sort.isEmpty() ? "relevance" : sort;
    if (!List.of("relevance", "newest", "trending").contains(sort)) {
      throw HttpError.badRequest("unknown sort '" + sort + "' (use relevance, newest or trending)");
    }
    String category = Params.text(ctx, "cat");
    if (!category.matches("[A-Za-z0-9.\\-]{0,40}")) {
      throw HttpError.badRequest("cat must be a category such as cs.LG");
    }
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) {
      throw HttpError.badRequest("from (" + from + ") is after to (" + to + ")");
    }
    int limit = Params.integer(ctx, "limit", defaultLimit, 1, SearchRequest.MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
    String q = Params.text(ctx, "q");
    if (q.length() > 1000) {
      throw HttpError.badRequest("the query is longer than 1000 characters");
    }
    return new Ask(q, mode, sort, category, from, to, limit, offset);
  }

  Results find(Ask ask) {
    String mode = ask.mode().name().toLowerCase(Locale.ROOT);
    if (ask.sort().equals("trending")) {
      TrendingMatches m =
          trending.search(search, ask.query(), ask.mode(), ask.offset(), ask.limit());
      metrics.search(mode, m.millis());
      List<Found> found = new ArrayList<>();
      for (Ranked r : m.page()) {
        SearchResults.Hit h = m.hits().get(r.paper().id());
        found.add(new Found(r.paper(), h.snippet(), h.score(), r.votes()));
      }
      return new Results(found, m.total(), true, m.millis());
    }
    SearchResults results =
        search.search(
            new SearchRequest(
                ask.query(),
                ask.mode(),
                SearchRequest.Sort.parse(ask.sort()),
                ask.limit(),
                ask.offset()));
    metrics.search(mode, results.millis());
    List<SearchResults.Hit> hits = results.hits();
    Map<String, Integer> votes = trending.votes(hits.stream().map(h -> h.paper().id()).toList());
    List<Found> found =
        hits.stream()
            .map(
                h ->
                    new Found(
                        h.paper(), h.snippet(), h.score(), votes.getOrDefault(h.paper().id(), 0)))
            .toList();
    return new Results(found, results.total(), results.totalIsExact(), results.millis());
  }
}
