package org.paperboy.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.people.People;
import org.paperboy.search.Search;
import org.paperboy.trending.DayPage;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Span;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingPage;
import org.paperboy.trending.Window;

/** The JSON API under {@code /api/v1}, described by {@code /api/openapi.json}. */
final class Api {
  record SearchHit(
      @JsonInclude(JsonInclude.Include.ALWAYS) Double score,
      String snippet,
      Json.PaperJson paper) {}

  record SearchBody(
      String query,
      String mode,
      String sort,
      long total,
      boolean totalIsExact,
      double tookMs,
      int offset,
      int limit,
      List<SearchHit> results) {}

  record RankedJson(
      int rank,
      @JsonInclude(JsonInclude.Include.ALWAYS) Double score,
      int votes,
      long views,
      Json.PaperJson paper) {}

  record TrendingBody(
      String window, String from, String to, int total, int offset, List<RankedJson> results) {}

  record DailyBody(
      String date,
      String view,
      String from,
      String to,
      String previous,
      String next,
      long total,
      int offset,
      List<RankedJson> results) {}

  record SimilarBody(String id, List<Json.PaperJson> results) {}

  private final Supplier<String> baseUrl;
  private final Finder finder;
  private final Trending trending;
  private final Search search;
  private final PaperStore papers;
  private final People people;

  Api(Kit kit, Finder finder, Trending trending, Search search, PaperStore papers, People people) {
    this.baseUrl = kit.baseUrl();
    this.finder = finder;
    this.trending = trending;
    this.search = search;
    this.papers = papers;
    this.people = people;
  }

  void search(Context ctx) {
    Finder.Ask ask = Finder.ask(ctx, 10);
    Finder.Results r = finder.find(ask);
    String base = baseUrl.get();
    List<SearchHit> hits =
        r.found().stream()
            .map(
                f ->
                    new SearchHit(
                        Json.number(f.score()),
                        f.snippet(),
                        Json.paper(f.paper(), f.votes(), base)))
            .toList();
    Json.send(
        ctx,
        new SearchBody(
            ask.query(),
            ask.mode().name().toLowerCase(Locale.ROOT),
            ask.sort(),
            r.total(),
            r.exact(),
            Math.round(r.millis() * 100) / 100.0,
            ask.offset(),
            ask.limit(),
            hits));
  }

  /** One paper with its known citation edges (issue 21): {@code cited_by} and {@code cites}. */
  record PaperWithEdges(
      @JsonUnwrapped Json.PaperJson paper, List<String> citedBy, List<String> cites) {}

  void paper(Context ctx) {
    Paper p = find(ctx);
    Json.send(
        ctx,
        new PaperWithEdges(
            Json.paper(
                p,
                trending.votes(List.of(p.id())).getOrDefault(p.id(), 0),
                baseUrl.get(),
                Json.SignalsJson.of(trending.outside(List.of(p.id())).get(p.id()))),
            people.citedBy(p.id(), MAX_EDGES),
            people.cites(p.id(), MAX_EDGES)));
  }

  /** Known edges listed per direction at most. */
  static final int MAX_EDGES = 1_000;

  void similar(Context ctx) {
    Paper p = find(ctx);
    int limit = Params.integer(ctx, "limit", 10, 1, 100);
    List<Paper> similar = Pages.similar(search, p, limit);
    Map<String, Integer> votes = trending.votes(similar.stream().map(Paper::id).toList());
    String base = baseUrl.get();
    Json.send(
        ctx,
        new SimilarBody(
            p.id(),
            similar.stream()
                .map(s -> Json.paper(s, votes.getOrDefault(s.id(), 0), base))
                .toList()));
  }

  private Paper find(Context ctx) {
    String id = ctx.pathParam("id");
    return papers.find(id).orElseThrow(() -> HttpError.notFound("no paper with id " + id));
  }

  void trending(Context ctx) {
    Window window = Pages.parse(() -> Window.parse(ctx.queryParam("window")));
    int limit = Params.integer(ctx, "limit", 30, 1, 100);
    int offset = Params.integer(ctx, "offset", 0, 0, 500);
    TrendingPage tp = trending.page(window, offset, limit);
    Json.send(
        ctx,
        new TrendingBody(
            window.key(), str(tp.from()), str(tp.to()), tp.total(), offset, ranked(tp.entries())));
  }

  void daily(Context ctx) {
    LocalDate date = Params.date(ctx, "date");
    date = date == null ? trending.today() : date;
    Span span = Pages.parse(() -> Span.parse(ctx.queryParam("view")));
    int limit = Params.integer(ctx, "limit", 50, 1, 100);
    int offset = Params.integer(ctx, "offset", 0, 0, 100_000);
    DayPage dp = trending.day(date, span, offset, limit);
    Json.send(
        ctx,
        new DailyBody(
            date.toString(),
            span.key(),
            str(dp.from()),
            str(dp.to()),
            str(dp.previous()),
            str(dp.next()),
            dp.total(),
            offset,
            ranked(dp.entries())));
  }

  private List<RankedJson> ranked(List<Ranked> entries) {
    String base = baseUrl.get();
    return entries.stream()
        .map(
            e ->
                new RankedJson(
                    e.rank(),
                    Json.number(e.score()),
                    e.votes(),
                    e.views(),
                    Json.paper(e.paper(), e.votes(), base, Json.SignalsJson.of(e.signals()))))
        .toList();
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
