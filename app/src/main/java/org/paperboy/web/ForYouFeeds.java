package org.paperboy.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;
import org.paperboy.people.People;
import org.paperboy.recommend.Recommendations;
import org.paperboy.trending.Trending;
import org.paperboy.trending.Window;

/**
 * A person's recommendations for programs: {@code GET /api/v1/for-you} with their personal API
 * token, and {@code /feeds/for-you/TOKEN.atom} for feed readers (the token in the address, since
 * readers send no headers). The same list as {@code /for-you}.
 */
final class ForYouFeeds {
  private final SignedIn signedIn;
  private final Supplier<String> baseUrl;
  private final Recommendations recommendations;
  private final Feeds feeds;
  private final People people;
  private final Trending trending;

  ForYouFeeds(
      Kit kit, Recommendations recommendations, Feeds feeds, People people, Trending trending) {
    this.signedIn = kit.signedIn();
    this.baseUrl = kit.baseUrl();
    this.recommendations = recommendations;
    this.feeds = feeds;
    this.people = people;
    this.trending = trending;
  }

  record Item(int rank, Double score, String reason, Json.PaperJson paper) {}

  record Body(String window, int count, List<Item> papers) {}

  void json(Context ctx) {
    String user = signedIn.bearer(ctx);
    Window window = Pages.parse(() -> Window.parse(ctx.queryParam("window")));
    List<Recommendations.Pick> picks = recommendations.forUser(user, window);
    String base = baseUrl.get();
    List<Item> items = new ArrayList<>();
    for (Recommendations.Pick p : picks) {
      items.add(
          new Item(
              items.size() + 1,
              Json.number(p.score()),
              p.reason(),
              Json.paper(p.paper(), 0, base)));
    }
    Json.send(ctx, new Body(window.key(), items.size(), items));
  }

  void atom(Context ctx) {
    String file = ctx.pathParam("file");
    String token = file.endsWith(".atom") ? file.substring(0, file.length() - 5) : "";
    String user =
        signedIn
            .byToken(token)
            .orElseThrow(
                () -> HttpError.notFound("No feed here: the token is unknown or revoked."));
    Window window = Pages.parse(() -> Window.parse(ctx.queryParam("window")));
    List<Recommendations.Pick> picks = recommendations.forUser(user, window);
    Map<String, String> why = new LinkedHashMap<>();
    List<Paper> all = new ArrayList<>();
    for (var e : ForYouPage.followed(people, trending, user, window)) { // followed authors first
      why.put(
          e.paper().id(), "New from people you follow: " + String.join("; ", e.reasons()) + ".");
      all.add(e.paper());
    }
    for (Recommendations.Pick p : picks) {
      if (why.putIfAbsent(p.paper().id(), p.reason() + ".") == null) {
        all.add(p.paper());
      }
    }
    feeds.write(ctx, "For you — Paperboy", "/for-you?window=" + window.key(), all, why);
  }
}
