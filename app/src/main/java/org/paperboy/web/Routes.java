package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.paperboy.channel.ChannelException;
import org.paperboy.lab.LabException;

/**
 * Every route of the server, in one place, by feature: what runs around every request, then the
 * pages, their JSON and their feeds, then what a person does as themselves, then operations and
 * errors. Every POST form is checked for its CSRF token in {@link Filters#before}; the API and
 * feeds ({@link Filters#machinePath}) answer errors in JSON or text.
 */
final class Routes {
  private Routes() {}

  /** The handlers the routes call, by feature; {@link WebServer} builds them. */
  record Handlers(
      Around around,
      Reading reading,
      Authors authors,
      Visitors visitors,
      Saving saving,
      Groups groups) {}

  /** What runs around every request, and what operators and programs read about the server. */
  record Around(Filters filters, Errors errors, Operations operations) {}

  /** Papers to read: the pages, the same as JSON and as Atom, and the venues. */
  record Reading(
      Pages pages, ForYouPage forYou, SearchPage search, Api api, Feeds feeds, VenuePages venues) {}

  /** People: author pages, following and claiming, and their API. */
  record Authors(AuthorPages pages, PeopleSettings settings, PeopleApi api) {}

  /** What a visitor does as themselves: sign in, vote, subscribe to the digest, leave. */
  record Visitors(
      SignInPages signIn,
      AccountPages account,
      SubscriptionPages subscriptions,
      SettingsPages settings) {}

  /** The library: marks, imports and exports, tokens and their API, co-saves, For you feeds. */
  record Saving(LibraryPages library, TokenPages tokens, CoSavePages coSaves, ForYouFeeds forYou) {}

  /** Labs: their pages, shared reading lists, channels, and the labs API. */
  record Groups(LabPages labs, ListPages lists, ChannelPages channels, LabApi api) {}

  static void register(RoutesConfig r, Handlers h) {
    around(r, h.around());
    reading(r, h.reading());
    venues(r, h.reading());
    authors(r, h.authors());
    visitors(r, h.visitors());
    library(r, h.saving());
    labs(r, h.groups());
    operations(r, h.around());
    errors(r, h.around());
  }

  private static void around(RoutesConfig r, Around h) {
    r.before(h.filters()::before);
    r.after(h.filters()::after);
  }

  private static void reading(RoutesConfig r, Reading h) {
    // Pages: the front page opens on For you for a signed-in person with a library
    r.get(
        "/",
        ctx -> {
          if (ctx.queryParam("window") == null && h.forYou().isDefaultFor(ctx)) {
            h.forYou().show(ctx);
          } else {
            h.pages().trending(ctx);
          }
        });
    r.get("/for-you", h.forYou()::show);
    r.get("/papers", h.pages()::daily);
    r.get("/papers/<id>", h.pages()::paper);
    r.get("/search", h.search()::search);
    r.get("/about", h.pages()::about);

    // The same as JSON (documented in /api/openapi.json) and as Atom
    r.get("/api/v1/search", h.api()::search);
    r.get("/api/v1/papers/<id>/similar", h.api()::similar);
    r.get("/api/v1/papers/<id>", h.api()::paper);
    r.get("/api/v1/trending", h.api()::trending);
    r.get("/api/v1/daily", h.api()::daily);
    r.get("/feeds/trending.atom", h.feeds()::trending);
    r.get("/feeds/daily.atom", h.feeds()::daily);
    r.get("/feeds/search.atom", h.feeds()::search);
  }

  private static void venues(RoutesConfig r, Reading h) {
    // Venues: where papers were accepted, each with its papers, feed and JSON
    r.get("/venues", h.venues()::list);
    r.get("/venues/<key>", h.venues()::venue);
    r.get("/feeds/venues/<key>", h.venues()::feed);
    r.get("/api/v1/venues", h.venues()::listJson);
    r.get("/api/v1/venues/<key>", h.venues()::venueJson);
  }

  private static void authors(RoutesConfig r, Authors h) {
    // People: author pages and feeds, following, "This is me", and the API by token
    r.get("/authors/<name>", h.pages()::page);
    r.post("/authors/follow", h.pages()::follow);
    r.post("/authors/claim", h.pages()::claim);
    r.get("/feeds/authors/<file>", h.pages()::feed);
    r.get("/settings/people", h.settings()::page);
    r.post("/settings/people", h.settings()::save);
    r.post("/settings/people/unclaim", h.settings()::unclaim);
    r.get("/api/v1/authors/<name>", h.api()::author);
    r.get("/api/v1/following", h.api()::list);
    r.post("/api/v1/following", h.api()::follow);
    r.delete("/api/v1/following", h.api()::unfollow);
  }

  private static void visitors(RoutesConfig r, Visitors h) {
    // Sign-in by emailed link, votes, the theme; deleting one's own account
    r.get("/signin", h.signIn()::form);
    r.post("/signin", h.signIn()::request);
    r.get("/signin/confirm", h.signIn()::confirmForm);
    r.post("/signin/confirm", h.signIn()::confirm);
    r.post("/signout", h.signIn()::signOut);
    r.post("/vote", h.signIn()::vote);
    r.post("/theme", h.signIn()::theme);
    r.get("/settings/account", h.account()::confirm);
    r.post("/settings/account/delete", h.account()::delete);

    // Digest subscriptions: double opt-in, settings by signed link or session, one-click leave
    // (the POST to /unsubscribe comes from mail clients: its signed token replaces the CSRF check)
    r.post("/subscribe", h.subscriptions()::subscribe);
    r.get("/subscribe/confirm", h.subscriptions()::confirmForm);
    r.post("/subscribe/confirm", h.subscriptions()::confirm);
    r.get("/settings", h.settings()::page);
    r.post("/settings", h.settings()::save);
    r.post("/settings/topics", h.settings()::addTopic);
    r.post("/settings/topics/remove", h.settings()::removeTopic);
    r.post("/settings/pause", h.settings()::pause);
    r.post("/settings/resume", h.settings()::resume);
    r.post("/settings/delete", h.settings()::delete);
    r.get("/unsubscribe", h.subscriptions()::unsubscribeForm);
    r.post("/unsubscribe", h.subscriptions()::unsubscribe);
    r.get("/digest/preview", h.subscriptions()::preview);
  }

  private static void library(RoutesConfig r, Saving h) {
    // The library: ☆ and "not interested" on every card, the page, exports, the import (the one
    // multipart route, checked in Filters before its body is read)
    r.post("/library/mark", h.library()::mark);
    r.get("/library", h.library()::library);
    r.get("/library/export.bib", h.library()::exportBibtex);
    r.get("/library/export.json", h.library()::exportCslJson);
    r.post("/library/import", h.library()::importFile);
    r.get("/library/import/<id>", h.library()::importProgress);

    // Signed feedback links of the digest; personal API tokens and the library API they open
    r.get("/library/feedback", h.tokens()::feedbackForm);
    r.post("/library/feedback", h.tokens()::feedback);
    r.get("/settings/tokens", h.tokens()::tokens);
    r.post("/settings/tokens", h.tokens()::create);
    r.post("/settings/tokens/revoke", h.tokens()::revoke);
    r.get("/api/v1/library", h.tokens()::apiList);
    r.post("/api/v1/library", h.tokens()::apiMark);

    // Recommendations from the library: the co-saves switch, For you for programs and readers
    r.get("/settings/co-saves", h.coSaves()::page);
    r.post("/settings/co-saves", h.coSaves()::save);
    r.get("/api/v1/for-you", h.forYou()::json);
    r.get("/feeds/for-you/{file}", h.forYou()::atom);
  }

  private static void labs(RoutesConfig r, Groups h) {
    // Labs: membership by invitation, topics, channels (owners); join and add before {slug}
    r.get("/labs", h.labs()::index);
    r.post("/labs", h.labs()::create);
    r.get("/labs/join", h.labs()::joinForm);
    r.post("/labs/join", h.labs()::join);
    r.get("/labs/add", h.lists()::addForm);
    r.post("/labs/add", h.lists()::add);
    r.get("/labs/{slug}", h.labs()::lab);
    r.post("/labs/{slug}/invite", h.labs()::invite);
    r.post("/labs/{slug}/leave", h.labs()::leave);
    r.post("/labs/{slug}/remove", h.labs()::remove);
    r.post("/labs/{slug}/saves", h.labs()::saves);
    r.post("/labs/{slug}/topics", h.labs()::addTopic);
    r.post("/labs/{slug}/topics/remove", h.labs()::removeTopic);
    r.post("/labs/{slug}/channels", h.channels()::addChannel);
    r.post("/labs/{slug}/channels/remove", h.channels()::removeChannel);

    // A lab's shared reading lists, their exports and feed (by a member's token), the labs API
    r.post("/labs/{slug}/lists", h.lists()::create);
    r.get("/labs/{slug}/lists/{list}", h.lists()::list);
    r.post("/labs/{slug}/lists/{list}/remove", h.lists()::remove);
    r.post("/labs/{slug}/lists/{list}/discussed", h.lists()::discussed);
    r.get("/labs/{slug}/lists/{list}/export.bib", h.lists()::bibtex);
    r.get("/labs/{slug}/lists/{list}/export.json", h.lists()::cslJson);
    r.get("/feeds/labs/{slug}/{file}", h.lists()::atom);
    r.get("/api/v1/labs", h.api()::labs);
    r.get("/api/v1/labs/{slug}", h.api()::lab);
    r.post("/api/v1/labs/{slug}/lists", h.api()::createList);
    r.get("/api/v1/labs/{slug}/lists/{list}", h.api()::list);
    r.post("/api/v1/labs/{slug}/lists/{list}", h.api()::change);
  }

  private static void operations(RoutesConfig r, Around h) {
    // Operations, and the API's own description
    r.get("/api/openapi.json", h.operations()::openApi);
    r.get("/healthz", h.operations()::health);
    r.get("/metrics", h.operations()::metrics);
  }

  private static void errors(RoutesConfig r, Around h) {
    // Errors: a page for people, JSON for programs; the closest exception class is used
    r.exception(HttpError.class, h.errors()::http);
    r.exception(HttpResponseException.class, h.errors()::refused);
    r.exception(IllegalArgumentException.class, h.errors()::badArgument);
    r.exception(LabException.class, h.errors()::lab);
    r.exception(ChannelException.class, h.errors()::channel);
    r.exception(Exception.class, h.errors()::crash);
    r.error(404, h.errors()::notFound);
  }
}
