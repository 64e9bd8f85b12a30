package org.paperboy.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperVenues;
import org.paperboy.paper.Venue;
import org.paperboy.trending.Trending;
import org.paperboy.web.view.Card;
import org.paperboy.web.view.VenuesView;

/**
 * {@code /venues}: the venues papers were accepted at, with counts; {@code /venues/{key}}: a
 * venue's papers by decision, then votes, with an Atom feed ({@code /feeds/venues/{key}.atom}) and
 * the same as JSON ({@code /api/v1/venues}, {@code /api/v1/venues/{key}}).
 */
final class VenuePages {
  static final int MAX_VENUES = 500;
  static final int MAX_PAPERS = 2_000;
  private static final List<String> ORDER = List.of("oral", "spotlight", "highlight", "poster");

  private final Views views;
  private final Templates templates;
  private final SignedIn signedIn;
  private final PaperVenues venues;
  private final Trending trending;
  private final Feeds feeds;
  private final Supplier<String> baseUrl;

  VenuePages(Kit kit, PaperVenues venues, Trending trending, Feeds feeds) {
    this.views = kit.views();
    this.templates = kit.templates();
    this.baseUrl = kit.baseUrl();
    this.signedIn = kit.signedIn();
    this.venues = venues;
    this.trending = trending;
    this.feeds = feeds;
  }

  void list(Context ctx) {
    List<VenuesView.Row> rows =
        venues.venues(MAX_VENUES).stream()
            .map(v -> new VenuesView.Row(v.name(), "/venues/" + Views.url(v.key()), v.papers()))
            .toList();
    templates.render(
        ctx,
        "venues.jte",
        new VenuesView(views.page(ctx, "Venues", null), "Venues", rows, List.of(), null, 0));
  }

  /** A venue's papers: by decision (orals first), then by votes. */
  private record Ranked(String key, String name, List<Paper> papers, Map<String, Integer> votes) {}

  private Ranked ranked(String key) {
    if (key.length() > 300) {
      throw HttpError.notFound("No venue " + key.substring(0, 40) + "…");
    }
    List<Paper> papers = venues.papersAt(key, MAX_PAPERS);
    if (papers.isEmpty()) {
      String byId = venues.keyOfVenueId(key); // OpenReview's id: ICLR.cc/2025/Conference
      if (byId != null) {
        papers = venues.papersAt(byId, MAX_PAPERS);
        key = byId;
      }
    }
    if (papers.isEmpty()) {
      throw HttpError.notFound("No venue " + key);
    }
    Map<String, Integer> votes = trending.votes(papers.stream().map(Paper::id).toList());
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(
        Comparator.comparingInt((Paper p) -> rank(decision(p)))
            .thenComparing(p -> -votes.getOrDefault(p.id(), 0))
            .thenComparing(Paper::id));
    return new Ranked(key, Venue.effective(sorted.getFirst()).name(), sorted, votes);
  }

  void venue(Context ctx) {
    Ranked r = ranked(ctx.pathParam("key"));
    Set<String> voted =
        trending.votedBy(signedIn.userId(ctx), r.papers().stream().map(Paper::id).toList());
    Map<String, List<Card>> groups = new LinkedHashMap<>();
    for (Paper p : r.papers()) {
      groups
          .computeIfAbsent(decision(p), d -> new ArrayList<>())
          .add(Views.card(p, r.votes().getOrDefault(p.id(), 0), voted.contains(p.id()), 0, null));
    }
    templates.render(
        ctx,
        "venues.jte",
        new VenuesView(
            views.page(ctx, r.name(), null),
            r.name(),
            List.of(),
            groups.entrySet().stream()
                .map(e -> new VenuesView.Group(e.getKey(), e.getValue()))
                .toList(),
            "/feeds/venues/" + Views.url(r.key()) + ".atom",
            r.papers().size()));
  }

  void feed(Context ctx) {
    String raw = ctx.pathParam("key");
    Ranked r = ranked(raw.endsWith(".atom") ? raw.substring(0, raw.length() - 5) : raw);
    Map<String, String> why = new HashMap<>();
    r.papers().forEach(p -> why.put(p.id(), Venue.effective(p).reason() + "."));
    feeds.write(
        ctx,
        "Papers at " + r.name(),
        "/venues/" + Views.url(r.key()),
        r.papers().subList(0, Math.min(100, r.papers().size())),
        why);
  }

  record VenueJson(String key, String name, long papers, String url) {}

  record VenuesBody(List<VenueJson> venues) {}

  record VenueBody(String key, String name, int total, List<Json.PaperJson> papers) {}

  void listJson(Context ctx) {
    String base = baseUrl.get();
    Json.send(
        ctx,
        new VenuesBody(
            venues.venues(MAX_VENUES).stream()
                .map(
                    v ->
                        new VenueJson(
                            v.key(), v.name(), v.papers(), base + "/venues/" + Views.url(v.key())))
                .toList()));
  }

  void venueJson(Context ctx) {
    Ranked r = ranked(ctx.pathParam("key"));
    String base = baseUrl.get();
    Json.send(
        ctx,
        new VenueBody(
            r.key(),
            r.name(),
            r.papers().size(),
            r.papers().stream()
                .map(p -> Json.paper(p, r.votes().getOrDefault(p.id(), 0), base))
                .toList()));
  }

  private static String decision(Paper p) {
    Venue v = Venue.effective(p);
    return v == null || v.decision() == null ? "Accepted" : v.decision();
  }

  private static int rank(String decision) {
    int i = ORDER.indexOf(decision.toLowerCase(Locale.ROOT));
    return i < 0 ? ORDER.size() : i;
  }
}
