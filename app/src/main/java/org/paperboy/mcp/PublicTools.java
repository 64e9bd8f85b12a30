package org.paperboy.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.paperboy.library.Library;
import org.paperboy.paper.ArxivIds;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.search.Search;
import org.paperboy.search.SearchResults;
import org.paperboy.trending.DayPage;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Span;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingPage;
import org.paperboy.trending.Window;

/** The tools anybody may call, as the public pages and the API answer anybody. */
final class PublicTools {
  private static final List<String> SPANS = List.of("day", "week", "month");
  private static final int SIMILAR_IN_PAPER = 5;

  private final PaperStore papers;
  private final Search search;
  private final Trending trending;
  private final Library library;
  private final Supplier<String> baseUrl;
  private final Searching searching;

  PublicTools(
      PaperStore papers,
      Search search,
      Trending trending,
      Library library,
      Supplier<String> baseUrl) {
    this.papers = papers;
    this.search = search;
    this.trending = trending;
    this.library = library;
    this.baseUrl = baseUrl;
    this.searching = new Searching(search, trending, baseUrl);
  }

  CallToolResult searchPapers(Args a, Caller c) {
    return searching.search(a);
  }

  /** The stored paper with this id (or the arXiv id it spells another way); a tool error else. */
  Paper find(String id) {
    var found = papers.find(id);
    ArxivIds.ArxivId parsed = ArxivIds.parse(id);
    if (found.isEmpty() && parsed != null) {
      found = papers.find(parsed.id());
    }
    return found.orElseThrow(
        () ->
            new ToolError(
                "No paper with id " + id + " here. search_papers finds papers and their ids."));
  }

  Shapes.Full full(Paper p, Caller c) {
    String base = baseUrl.get();
    List<Shapes.Similar> similar =
        search.similar(p.id(), SIMILAR_IN_PAPER).stream()
            .map(SearchResults.Hit::paper)
            .map(s -> new Shapes.Similar(s.id(), s.title()))
            .toList();
    String mark =
        library.markOf(c.userId(), p.id()).map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(null);
    return new Shapes.Full(
        p.id(),
        p.version(),
        p.title(),
        p.authors(),
        p.abstractText(),
        p.categories(),
        p.published() == null ? null : p.published().toString(),
        p.updated() == null ? null : p.updated().toString(),
        p.doi(),
        p.journalRef(),
        p.comments(),
        p.license(),
        new Shapes.Links(p.links().abs(), p.links().pdf(), p.links().code(), p.links().project()),
        Shapes.url(p, base),
        trending.votes(List.of(p.id())).getOrDefault(p.id(), 0),
        Shapes.Signals.of(trending.outside(List.of(p.id())).get(p.id())),
        similar,
        mark);
  }

  CallToolResult getPaper(Args a, Caller c) {
    Shapes.Full f = full(find(a.required("id", Definitions.MAX_ID)), c);
    return Results.ok(Markdown.paper(f), f);
  }

  CallToolResult similarPapers(Args a, Caller c) {
    Paper p = find(a.required("id", Definitions.MAX_ID));
    int limit = a.integer("limit", 10, 1, 100);
    String base = baseUrl.get();
    List<Shapes.Summary> found =
        search.similar(p.id(), limit).stream()
            .map(h -> Shapes.Summary.of(h.paper(), base))
            .toList();
    List<String> lines = new ArrayList<>();
    for (Shapes.Summary s : found) {
      lines.add(Markdown.item(lines.size() + 1, s, s.summary()));
    }
    String heading = "Papers nearest in meaning to **" + Markdown.oneLine(p.title()) + "**:";
    return Results.ok(
        Markdown.list(heading, lines, "None found."), new Shapes.SimilarOut(p.id(), found));
  }

  CallToolResult trending(Args a, Caller c) {
    Window window = Window.parse(a.oneOf("window", SPANS));
    int limit = a.integer("limit", 20, 1, 100);
    int offset = a.integer("offset", 0, 0, 500);
    TrendingPage tp = trending.page(window, offset, limit);
    List<Shapes.RankedOut> out = ranked(tp.entries());
    String heading =
        "Trending, " + window.label().toLowerCase(Locale.ROOT) + " (" + span(tp.from(), tp.to());
    return Results.ok(
        Markdown.list(heading + "), " + tp.total() + " ranked:", lines(out), "Nothing yet."),
        new Shapes.TrendingOut(
            window.key(), str(tp.from()), str(tp.to()), tp.total(), offset, out));
  }

  CallToolResult daily(Args a, Caller c) {
    LocalDate date = a.date("date");
    date = date == null ? trending.today() : date;
    Span span = Span.parse(a.oneOf("view", SPANS));
    int limit = a.integer("limit", 30, 1, 100);
    int offset = a.integer("offset", 0, 0, 100_000);
    DayPage dp = trending.day(date, span, offset, limit);
    List<Shapes.RankedOut> out = ranked(dp.entries());
    String heading = "Papers published " + span(dp.from(), dp.to()) + ", " + dp.total() + " in all";
    String around =
        (dp.previous() == null ? "" : "Earlier papers: " + dp.previous() + ". ")
            + (dp.next() == null ? "" : "Later papers: " + dp.next() + ".");
    String text = Markdown.list(heading + ":", lines(out), "None.");
    return Results.ok(
        around.isEmpty() ? text : text + "\n\n" + around.strip(),
        new Shapes.DailyOut(
            date.toString(),
            span.key(),
            str(dp.from()),
            str(dp.to()),
            str(dp.previous()),
            str(dp.next()),
            dp.total(),
            offset,
            out));
  }

  private List<Shapes.RankedOut> ranked(List<Ranked> entries) {
    String base = baseUrl.get();
    return entries.stream()
        .map(
            e ->
                new Shapes.RankedOut(
                    e.rank(),
                    Shapes.number(e.score()),
                    e.votes(),
                    e.views(),
                    e.why().isEmpty() ? null : e.why(),
                    Shapes.Summary.of(e.paper(), base)))
        .toList();
  }

  private static List<String> lines(List<Shapes.RankedOut> out) {
    return out.stream()
        .map(r -> Markdown.item(r.rank(), r.paper(), r.why(), r.paper().summary()))
        .toList();
  }

  private static String span(LocalDate from, LocalDate to) {
    if (from == null) {
      return "no papers";
    }
    return from.equals(to) ? from.toString() : from + " to " + to;
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
