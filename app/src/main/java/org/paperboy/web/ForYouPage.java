package org.paperboy.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.paperboy.people.News;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.trending.Trending;
import org.paperboy.trending.Window;
import org.paperboy.web.view.ForYouView;
import org.paperboy.web.view.Link;

/** {@code /for-you}: the signed-in person's recommendations for a window of new papers. */
final class ForYouPage {
  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final Recommendations recommendations;
  private final Trending trending;
  private final People people;

  ForYouPage(Kit kit, Recommendations recommendations, Trending trending, People people) {
    this.people = people;
    this.views = kit.views();
    this.templates = kit.templates();
    this.signedIn = kit.signedIn();
    this.recommendations = recommendations;
    this.trending = trending;
  }

  /** Whether the front page opens on "For you" for this visitor (signed in, with a library). */
  boolean isDefaultFor(Context ctx) {
    String user = signedIn.userId(ctx);
    return user != null && recommendations.hasLibrary(user);
  }

  void show(Context ctx) {
    String user = signedIn.userId(ctx);
    if (user == null) {
      ctx.redirect("/signin");
      return;
    }
    Window window = Pages.parse(() -> Window.parse(ctx.queryParam("window")));
    List<Recommendations.Pick> picks = recommendations.forUser(user, window);
    List<Link> tabs = new ArrayList<>();
    for (Window w : Window.values()) {
      tabs.add(new Link("For you: " + w.label(), "/for-you?window=" + w.key(), w == window));
    }
    tabs.add(new Link("Trending", "/?window=day", false));
    Set<String> voted = trending.votedBy(user, picks.stream().map(p -> p.paper().id()).toList());
    List<ForYouView.Item> items =
        picks.stream()
            .map(
                p ->
                    new ForYouView.Item(
                        Views.card(p.paper(), 0, voted.contains(p.paper().id()), 0, null),
                        p.reason(),
                        p.becauseTitle()))
            .toList();
    String span =
        picks.isEmpty()
            ? ""
            : picks.size()
                + (picks.size() == 1 ? " paper" : " papers")
                + " picked from your library.";
    List<ForYouView.Item> following =
        followed(people, trending, user, window).stream()
            .map(
                e ->
                    new ForYouView.Item(
                        Views.card(e.paper(), 0, false, 0, null),
                        String.join(" · ", e.reasons()),
                        null))
            .toList();
    templates.render(
        ctx,
        "foryou.jte",
        new ForYouView(views.page(ctx, "For you", null), tabs, span, items, following));
  }

  /** Papers of the window by authors the person follows, newest first (at most 50). */
  static List<News.Entry> followed(People people, Trending trending, String user, Window window) {
    return people.followedSince(user, trending.today().minusDays(window.days() - 1L), 50);
  }
}
