package org.paperboy.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;
import org.paperboy.paper.TexText;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.search.Search;
import org.paperboy.search.SearchResults;
import org.paperboy.trending.DayPage;
import org.paperboy.trending.Ranked;
import org.paperboy.trending.Span;
import org.paperboy.trending.Trending;
import org.paperboy.trending.TrendingPage;
import org.paperboy.trending.Window;
import org.paperboy.web.view.AboutView;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.DailyView;
import org.paperboy.web.view.Link;
import org.paperboy.web.view.PaperView;
import org.paperboy.web.view.TrendingView;

/** The HTML pages people read: trending, daily, a paper, about. Search has its own class. */
final class Pages {
  static final int TRENDING_PAGE = 30;
  static final int DAILY_PAGE = 50;
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private final Kit kit;
  private final Views views;
  private final Templates templates;
  private final Trending trending;
  private final Search search;
  private final PaperStore papers;
  private final Recommendations recommendations;
  private final People people;

  Pages(
      Kit kit,
      Trending trending,
      Search search,
      PaperStore papers,
      Recommendations recommendations,
      People people) {
    this.kit = kit;
    this.views = kit.views();
    this.templates = kit.templates();
    this.trending = trending;
    this.search = search;
    this.papers = papers;
    this.recommendations = recommendations;
    this.people = people;
  }

  void trending(Context ctx) {
    Window window = parse(() -> Window.parse(ctx.queryParam("window")));
    int page = Params.integer(ctx, "page", 1, 1, 1000);
    TrendingPage tp = trending.page(window, (page - 1) * TRENDING_PAGE, TRENDING_PAGE);
    List<Link> tabs = new ArrayList<>();
    for (Window w : Window.values()) {
      tabs.add(new Link(w.label(), "/?window=" + w.key(), w == window));
    }
    String span =
        tp.total() == 0
            ? ""
            : "Papers first published "
                + (tp.from().equals(tp.to())
                    ? "on " + tp.to().format(SHORT)
                    : "from " + tp.from().format(SHORT) + " to " + tp.to().format(SHORT))
                + ", ranked by votes here, Hugging Face upvotes, GitHub stars, views and age.";
    String base = "/?window=" + window.key() + "&page=";
    TrendingView view =
        new TrendingView(
            views.page(ctx, "Trending papers", null),
            tabs,
            span,
            cards(ctx, tp.entries()),
            page > 1 ? new Link("← Previous", base + (page - 1), false) : null,
            page * TRENDING_PAGE < tp.total()
                ? new Link("Next →", base + (page + 1), false)
                : null);
    templates.render(ctx, "trending.jte", view);
  }

  void daily(Context ctx) {
    LocalDate date = Params.date(ctx, "date");
    date = date == null ? trending.today() : date;
    Span span = parse(() -> Span.parse(ctx.queryParam("view")));
    int page = Params.integer(ctx, "page", 1, 1, 10_000);
    DayPage dp = trending.day(date, span, (page - 1) * DAILY_PAGE, DAILY_PAGE);
    String heading = heading(dp);
    List<Link> spans = new ArrayList<>();
    for (Span s : Span.values()) {
      spans.add(new Link(label(s), "/papers?date=" + date + "&view=" + s.key(), s == span));
    }
    String base = "/papers?date=" + date + "&view=" + span.key() + "&page=";
    DailyView view =
        new DailyView(
            views.page(ctx, heading, null),
            heading,
            spans,
            dp.previous() == null ? null : dayLink(dp.previous(), span),
            dp.next() == null ? null : dayLink(dp.next(), span),
            dp.total(),
            cards(ctx, dp.entries()),
            page > 1 ? new Link("← Previous", base + (page - 1), false) : null,
            (long) page * DAILY_PAGE < dp.total()
                ? new Link("Next →", base + (page + 1), false)
                : null);
    templates.render(ctx, "daily.jte", view);
  }

  private static String label(Span s) {
    return switch (s) {
      case DAY -> "Day";
      case WEEK -> "Week";
      case MONTH -> "Month";
    };
  }

  private static String heading(DayPage dp) {
    return switch (dp.span()) {
      case DAY -> "Papers of " + dp.from().format(DAY);
      case WEEK -> "Papers of the week " + dp.from().format(SHORT) + " – " + dp.to().format(SHORT);
      case MONTH -> "Papers of " + dp.from().format(DateTimeFormatter.ofPattern("MMMM yyyy"));
    };
  }

  private static Link dayLink(LocalDate date, Span span) {
    String label =
        switch (span) {
          case DAY -> date.format(SHORT);
          case WEEK -> "Week of " + span.first(date).format(SHORT);
          case MONTH -> date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        };
    return new Link(label, "/papers?date=" + date + "&view=" + span.key(), false);
  }

  void paper(Context ctx) {
    String id = ctx.pathParam("id");
    Paper p = papers.find(id).orElseThrow(() -> HttpError.notFound("No paper with id " + id));
    trending.viewed(p.id(), kit.client(ctx), ctx.header("User-Agent"));
    Visitor v = kit.signedIn().visitor(ctx);
    List<Paper> similar = similar(search, p, 6);
    List<Recommendations.AlsoSaved> also = recommendations.alsoSaved(p.id(), 6);
    List<String> ids = new ArrayList<>(similar.stream().map(Paper::id).toList());
    also.forEach(a -> ids.add(a.paper().id()));
    ids.add(p.id());
    Map<String, Integer> votes = trending.votes(ids);
    Set<String> voted = trending.votedBy(v.userId(), ids);
    var outside = trending.outside(List.of(p.id()));
    List<Card> similarCards = new ArrayList<>();
    for (Paper s : similar) {
      similarCards.add(
          Views.card(s, votes.getOrDefault(s.id(), 0), voted.contains(s.id()), 0, null));
    }
    List<Card> alsoCards = new ArrayList<>();
    for (Recommendations.AlsoSaved a : also) { // counts only, never who
      String aid = a.paper().id();
      String with = "Saved with this by " + a.readers() + " readers";
      alsoCards.add(
          Views.card(a.paper(), votes.getOrDefault(aid, 0), voted.contains(aid), 0, with));
    }
    Card card =
        Views.card(
            p,
            votes.getOrDefault(p.id(), 0),
            voted.contains(p.id()),
            0,
            null,
            1000,
            outside.get(p.id()));
    PaperView view =
        new PaperView(
            views.page(ctx, TexText.plain(p.title()), null),
            card,
            p.abstractText().strip(),
            p.published() == null ? null : p.published().toString(),
            p.updated() == null || p.updated().equals(p.published())
                ? null
                : p.updated().toString(),
            p.doi(),
            p.journalRef(),
            p.comments(),
            similarCards,
            trending.outsideHistory(p.id()),
            alsoCards,
            people.citedByCount(p.id()),
            citing(p.id()));
    templates.render(ctx, "paper.jte", view);
  }

  /** The stored papers known to cite this one, newest first (the first 50), as cards. */
  private List<Card> citing(String id) {
    List<String> ids = people.citedBy(id, 50);
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, Paper> found = papers.findAll(ids);
    return ids.stream()
        .map(found::get)
        .filter(Objects::nonNull)
        .map(c -> Views.card(c, 0, false, 0, null))
        .toList();
  }

  /** Nearest by embedding; by the title's words while the paper has no embedding yet. */
  static List<Paper> similar(Search search, Paper p, int limit) {
    return search.similar(p.id(), limit).stream().map(SearchResults.Hit::paper).toList();
  }

  void about(Context ctx) {
    templates.render(
        ctx,
        "about.jte",
        new AboutView(
            views.page(ctx, "About", null),
            trending.knobs().gravity(),
            trending.knobs().viewWeight(),
            papers.count(),
            trending.knobs()));
  }

  List<Card> cards(Context ctx, List<Ranked> entries) {
    Set<String> voted =
        trending.votedBy(
            kit.signedIn().userId(ctx), entries.stream().map(r -> r.paper().id()).toList());
    return entries.stream()
        .map(
            r ->
                Views.card(
                    r.paper(),
                    r.votes(),
                    voted.contains(r.paper().id()),
                    r.rank(),
                    null,
                    Views.AUTHORS_SHOWN,
                    r.signals()))
        .toList();
  }

  /** Runs a parse that throws IllegalArgumentException, answering 400 with its message. */
  static <T> T parse(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw HttpError.badRequest(e.getMessage());
    }
  }
}
