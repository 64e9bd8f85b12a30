package org.paperboy.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/** Every route of the server, in one place. Pages, the API and the feeds call the same services. */
final class Routes {
  private Routes() {}

  static void register(RoutesConfig r, Handlers h) {
    r.before(h::before);
    r.after(h::after);

    // Pages
    r.get(
        "/",
        ctx -> {
          if (ctx.queryParam("window") == null && h.forYou().isDefaultFor(ctx)) {
            h.forYou().show(ctx); // the default tab of a signed-in person with a library
          } else {
            h.pages().trending(ctx);
          }
        });
    r.get("/for-you", h.forYou()::show);
    r.get("/papers", h.pages()::daily);
    r.get("/papers/<id>", h.pages()::paper);
    r.get("/search", h.searchPage()::search);
    r.get("/about", h.pages()::about);

    // Sign-in, votes, settings: forms, each checked for its CSRF token in before()
    r.get("/signin", h.signIn()::form);
    r.post("/signin", h.signIn()::request);
    r.get("/signin/confirm", h.signIn()::confirmForm);
    r.post("/signin/confirm", h.signIn()::confirm);
    r.post("/signout", h.signIn()::signOut);
    r.post("/vote", h.signIn()::vote);
    r.post("/theme", h.signIn()::theme);

    // Digest subscriptions: double opt-in, settings by signed link or session, one-click leave
    r.post("/subscribe", h.subscriptions()::subscribe);
    r.get("/subscribe/confirm", h.subscriptions()::confirmForm);
    r.post("/subscribe/confirm", h.subscriptions()::confirm);
    r.get("/settings", h.subscriptions().settings()::page);
    r.post("/settings", h.subscriptions().settings()::save);
    r.post("/settings/topics", h.subscriptions().settings()::addTopic);
    r.post("/settings/topics/remove", h.subscriptions().settings()::removeTopic);
    r.post("/settings/pause", h.subscriptions().settings()::pause);
    r.post("/settings/resume", h.subscriptions().settings()::resume);
    r.post("/settings/delete", h.subscriptions().settings()::delete);
    r.get("/unsubscribe", h.subscriptions()::unsubscribeForm);
    r.post("/unsubscribe", h.subscriptions()::unsubscribe);
    r.get("/digest/preview", h.subscriptions()::preview);

    // JSON API
    r.get("/api/openapi.json", h::openApi);
    r.get("/api/v1/search", h.api()::search);
    r.get("/api/v1/papers/<id>/similar", h.api()::similar);
    r.get("/api/v1/papers/<id>", h.api()::paper);
    r.get("/api/v1/trending", h.api()::trending);
    r.get("/api/v1/daily", h.api()::daily);

    // The library (/library, /library/*, /settings/tokens, /api/v1/library): LibraryPages.register

    // Feeds
    r.get("/feeds/trending.atom", h.feeds()::trending);
    r.get("/feeds/daily.atom", h.feeds()::daily);
    r.get("/feeds/search.atom", h.feeds()::search);

    // Operations
    r.get("/healthz", h::health);
    r.get("/metrics", h::metrics);

    r.exception(HttpError.class, (e, ctx) -> h.fail(ctx, e.status(), e.title(), e));
    r.exception(io.javalin.http.HttpResponseException.class, h::refused);
    r.exception(
        IllegalArgumentException.class,
        (e, ctx) -> h.fail(ctx, 400, "That request did not make sense", e));
    r.exception(Exception.class, h::crash);
    r.error(404, ctx -> h.notFound(ctx));
  }

  /** Paths that serve data to programs, which get JSON or text errors instead of pages. */
  static boolean machinePath(Context ctx) {
    String p = ctx.path();
    return p.startsWith("/api/")
        || p.startsWith("/feeds/")
        || p.equals("/metrics")
        || p.equals("/healthz");
  }

  static boolean isPost(Context ctx) {
    return ctx.method() == HandlerType.POST;
  }
}
