package org.paperboy.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperboy.search.SearchRequest;
import org.paperboy.trending.Trending;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.Link;
import org.paperboy.web.view.SearchView;

/** {@code /search}: the form, the results with highlights, paging and a feed of the search. */
final class SearchPage {
  static final int PAGE = 20;
  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final Finder finder;
  private final Trending trending;

  SearchPage(Kit kit, Finder finder, Trending trending) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.signedIn = kit.signedIn();
    this.finder = finder;
    this.trending = trending;
  }

  void search(Context ctx) {
    Finder.Ask ask = Finder.ask(ctx, PAGE);
    Finder.Results results = finder.find(ask);
    Set<String> voted =
        trending.votedBy(
            signedIn.userId(ctx), results.found().stream().map(f -> f.paper().id()).toList());
    List<Card> cards =
        results.found().stream()
            .map(
                f ->
                    Views.card(
                        f.paper(),
                        f.votes(),
                        voted.contains(f.paper().id()),
                        0,
                        SnippetMath.whole(f.snippet(), f.paper().abstractText())))
            .toList();
    String summary =
        results.total() == 0
            ? "No papers match."
            : String.format(
                Locale.ROOT,
                "%s%,d papers (%.0f ms).",
                results.exact() ? "" : "About ",
                results.total(),
                results.millis());
    String title = ask.q().isEmpty() ? "Newest papers" : ask.q() + " – search";
    SearchView view =
        new SearchView(
            views.page(ctx, title, ask.q()),
            ask.q(),
            ask.mode().name().toLowerCase(Locale.ROOT),
            ask.sort(),
            ask.category(),
            ask.from() == null ? "" : ask.from().toString(),
            ask.to() == null ? "" : ask.to().toString(),
            summary,
            cards,
            ask.offset() > 0
                ? page(ask, Math.max(0, ask.offset() - ask.limit()), "← Previous")
                : null,
            ask.offset() + ask.limit() < Math.min(results.total(), 1000 + ask.limit())
                    && results.found().size() == ask.limit()
                ? page(ask, ask.offset() + ask.limit(), "Next →")
                : null,
            "/feeds/search.atom?q=" + Views.url(ask.query()));
    templates.render(ctx, "search.jte", view);
  }

  private static Link page(Finder.Ask ask, int offset, String label) {
    if (offset > SearchRequest.MAX_OFFSET) {
      return null;
    }
    StringBuilder b = new StringBuilder("/search?q=").append(Views.url(ask.q()));
    b.append("&mode=").append(ask.mode().name().toLowerCase(Locale.ROOT));
    b.append("&sort=").append(ask.sort());
    if (!ask.category().isEmpty()) {
      b.append("&cat=").append(Views.url(ask.category()));
    }
    if (ask.from() != null) {
      b.append("&from=").append(ask.from());
    }
    if (ask.to() != null) {
      b.append("&to=").append(ask.to());
    }
    b.append("&offset=").append(offset);
    return new Link(label, b.toString(), false);
  }
}
