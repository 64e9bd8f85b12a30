package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.people.AuthorPage;
import org.paperboy.people.People;
import org.paperboy.trending.Trending;
import org.paperboy.web.view.AuthorView;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.Link;

/** Author pages, their feed, following and "This is me"; the API is in {@link PeopleApi}. */
final class AuthorPages {
  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final People people;
  private final Trending trending;
  private final Feeds feeds;
  private final RateLimiter limit;

  AuthorPages(Kit kit, People people, Trending trending, Feeds feeds) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.signedIn = kit.signedIn();
    this.people = people;
    this.trending = trending;
    this.feeds = feeds;
    this.limit = kit.limiter(RateLimiter.MARKS);
  }

  void page(Context ctx) {
    String name = ctx.pathParam("name");
    int page = Params.integer(ctx, "page", 1, 1, 10_000);
    AuthorPage a = people.author(name, page);
    if (a.empty()) {
      ctx.status(404); // the page says so, with a search by the name and a follow button
      ctx.attribute(Errors.FAILED, true); // not replaced by the general 404 page
    }
    Visitor v = signedIn.visitor(ctx);
    String self = Views.authorHref(a.name());
    List<Link> coauthors = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (AuthorPage.Coauthor co : a.coauthors()) {
      coauthors.add(new Link(co.name(), Views.authorHref(co.name()), false));
      counts.add(co.papers());
    }
    String years =
        a.firstYear() == 0
            ? ""
            : a.firstYear() == a.lastYear()
                ? String.valueOf(a.firstYear())
                : a.firstYear() + "–" + a.lastYear();
    String base = self + "?page=";
    AuthorView view =
        new AuthorView(
            views.page(ctx, a.name(), null),
            a.name(),
            a.paperCount(),
            cards(ctx, a.papers()),
            coauthors,
            counts,
            a.categories().stream()
                .map(c -> new Link(c, "/search?sort=newest&q=" + Views.url("cat:" + c), false))
                .toList(),
            years,
            a.alsoWrittenAs().stream().map(n -> new Link(n, Views.authorHref(n), false)).toList(),
            v.user() != null && people.follows(v.user().id(), a.name()),
            v.user() == null ? 0 : people.claimedUnder(v.user().id(), a.name()),
            "/feeds" + self + ".atom",
            "/search?sort=newest&q=" + Views.url("author:\"" + a.name() + "\""),
            page > 1 ? new Link("← Newer", base + (page - 1), false) : null,
            a.hasNext() ? new Link("Older →", base + (page + 1), false) : null,
            notice(ctx.queryParam("done")));
    templates.render(ctx, "author.jte", view);
  }

  private List<Card> cards(Context ctx, List<Paper> papers) {
    List<String> ids = papers.stream().map(Paper::id).toList();
    Map<String, Integer> votes = trending.votes(ids);
    Set<String> voted = trending.votedBy(signedIn.userId(ctx), ids);
    return papers.stream()
        .map(p -> Views.card(p, votes.getOrDefault(p.id(), 0), voted.contains(p.id()), 0, null))
        .toList();
  }

  void feed(Context ctx) {
    String file = ctx.pathParam("file");
    if (!file.endsWith(".atom")) {
      throw HttpError.notFound("Author feeds end in .atom: /feeds/authors/NAME.atom");
    }
    String name = file.substring(0, file.length() - ".atom".length());
    AuthorPage a = people.author(name, 1);
    if (a.empty()) {
      throw HttpError.notFound("No papers here are written by " + name.strip());
    }
    feeds.write(ctx, "Papers by " + a.name(), Views.authorHref(a.name()), a.papers(), Map.of());
  }

  /** Follow or unfollow ({@code action=unfollow}); signed in only. */
  void follow(Context ctx) {
    String user = person(ctx);
    limit.acquire("user:" + user);
    String name = String.valueOf(ctx.formParam("name"));
    if ("unfollow".equals(ctx.formParam("action"))) {
      people.unfollow(user, name);
      back(ctx, name, "unfollowed");
    } else {
      if (people.follow(user, name).papers() == 0) { // no author page yet: the list shows it
        ctx.redirect("/settings/people?done=followed-early", HttpStatus.SEE_OTHER);
      } else {
        back(ctx, name, "followed");
      }
    }
  }

  /** "This is me" ({@code action=claim}) or "Not me" ({@code action=unclaim}) for every paper. */
  void claim(Context ctx) {
    String user = person(ctx);
    limit.acquire("user:" + user);
    String name = String.valueOf(ctx.formParam("name"));
    if ("unclaim".equals(ctx.formParam("action"))) {
      people.unclaimAuthor(user, name);
      back(ctx, name, "unclaimed");
    } else {
      people.claimAuthor(user, name);
      back(ctx, name, "claimed");
    }
  }

  /** What the page says after a form: fixed lines, never text from the address. */
  static String notice(String done) {
    return switch (String.valueOf(done)) {
      case "followed" -> "Followed: new papers under this name come in your digest and on For you.";
      case "followed-early" ->
          "Followed, though no paper has this name yet: the first will come in your digest.";
      case "unfollowed" -> "No longer followed.";
      case "claimed" -> "These papers are marked as yours: see “My papers” in your library.";
      case "unclaimed" -> "These papers are no longer marked as yours.";
      case "alerts" -> "Alert settings saved.";
      default -> null;
    };
  }

  private static void back(Context ctx, String name, String done) {
    ctx.redirect(Views.authorHref(name) + "?done=" + done, HttpStatus.SEE_OTHER);
  }

  private String person(Context ctx) {
    return signedIn.orForbidden(ctx, "Sign in to follow authors and claim your papers.");
  }
}
