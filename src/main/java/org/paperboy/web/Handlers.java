package org.paperboy.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.paperboy.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handlers behind {@link Routes}, and what runs around every request: who is asking, the form
 * token check, timing, and errors turned into pages or JSON.
 */
final class Handlers {
  private static final Logger log = LoggerFactory.getLogger(Handlers.class);
  private static final String STARTED = "paperboy.started";
  static final String FAILED = "paperboy.failed"; // set: a page answered 4xx itself

  private final Pages pages;
  private final SearchPage searchPage;
  private final SignInPages signIn;
  private final Api api;
  private final Feeds feeds;
  private final SubscriptionPages subscriptions;
  private final Messages messages;
  private final Cookies cookies;
  private final Metrics metrics;
  private final Database db;
  private final byte[] openApi;
  private final java.util.function.Supplier<String> baseUrl;
  private final ForYouPage forYou;

  Handlers(
      Pages pages,
      SearchPage searchPage,
      SignInPages signIn,
      Api api,
      Feeds feeds,
      SubscriptionPages subscriptions,
      Messages messages,
      Cookies cookies,
      Metrics metrics,
      Database db,
      java.util.function.Supplier<String> baseUrl,
      ForYouPage forYou) {
    this.baseUrl = baseUrl;
    this.forYou = forYou;
    this.pages = pages;
    this.searchPage = searchPage;
    this.signIn = signIn;
    this.api = api;
    this.feeds = feeds;
    this.subscriptions = subscriptions;
    this.messages = messages;
    this.cookies = cookies;
    this.metrics = metrics;
    this.db = db;
    this.openApi = resource("web/openapi.json");
  }

  ForYouPage forYou() {
    return forYou;
  }

  Pages pages() {
    return pages;
  }

  SearchPage searchPage() {
    return searchPage;
  }

  SignInPages signIn() {
    return signIn;
  }

  Api api() {
    return api;
  }

  Feeds feeds() {
    return feeds;
  }

  SubscriptionPages subscriptions() {
    return subscriptions;
  }

  void before(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    Guards.size(ctx);
    if (ctx.path().startsWith("/static/") || Routes.machinePath(ctx)) {
      return;
    }
    cookies.resolve(ctx);
    if (Routes.isPost(ctx)) {
      LibraryPages.guardUpload(ctx); // before the form token check reads a multipart body
    }
    if (Routes.isPost(ctx) && !ctx.path().equals("/unsubscribe")) {
      // one-click unsubscribe (RFC 8058) comes from mail clients, without cookies: its signed
      // token is its authority
      Guards.sameSite(ctx, baseUrl.get());
      Cookies.checkCsrf(ctx);
    }
  }

  void after(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started != null) {
      double ms = (System.nanoTime() - started) / 1e6;
      ctx.header("Server-Timing", String.format(Locale.ROOT, "app;dur=%.2f", ms));
    }
    if (cookies.secure()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    if (!ctx.path().startsWith("/static/")) {
      ctx.header("Cache-Control", "no-cache");
    }
    if (!Routes.machinePath(ctx)) {
      ctx.header("X-Frame-Options", "DENY");
      // the digest preview is the mail itself, styled inline as mail must be
      String styles = ctx.path().equals("/digest/preview") ? "'unsafe-inline'" : "'self'";
      ctx.header(
          "Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src "
              + styles
              + "; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
  }

  /** Called by the request logger once the response is complete. */
  void record(Context ctx, float ms) {
    var endpoint = ctx.endpoints().matchedHttpEndpoint();
    String route = endpoint == null ? "unmatched" : endpoint.path;
    metrics.request(route, Guards.methodLabel(ctx.method().name()), ctx.statusCode(), ms / 1000.0);
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  void health(Context ctx) {
    try {
      db.read(c -> c.createStatement().execute("SELECT 1"));
      Json.send(
          ctx,
          java.util.Map.of("status", "ok", "waiting_for_embedding", metrics.waitingForEmbedding()));
    } catch (RuntimeException e) {
      log.warn("Health check failed: {}", e.toString());
      ctx.status(503);
      Json.send(
          ctx, java.util.Map.of("status", "failing", "reason", "the database does not answer"));
    }
  }

  void metrics(Context ctx) {
    ctx.contentType(metrics.contentType()).result(metrics.scrape());
  }

  void fail(Context ctx, int status, String title, Exception e) {
    ctx.attribute(FAILED, true);
    if (e instanceof HttpError h && h.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", String.valueOf(h.retryAfterSeconds()));
    }
    if (Routes.machinePath(ctx)) {
      Json.error(ctx, status, e.getMessage());
      return;
    }
    if (ctx.attribute(Visitor.ATTRIBUTE) == null) {
      cookies.resolve(ctx);
    }
    messages.show(ctx, status, title, e.getMessage());
  }

  void crash(Exception e, Context ctx) {
    if (Database.isBusy(e)) {
      // another process held the database past every retry: not a bug, and not for ever
      log.warn("{} {} met a busy database: {}", ctx.method(), ctx.path(), e.getMessage());
      fail(
          ctx,
          503,
          "Busy",
          new HttpError(
              503, "Paperboy is busy writing just now. Please try again in a minute.", 60));
      return;
    }
    log.error("{} {} failed", ctx.method(), ctx.path(), e);
    fail(
        ctx,
        500,
        "Something went wrong",
        new RuntimeException("Paperboy could not answer this request. The error has been logged."));
  }

  /**
   * Javalin's own refusals (405 with the methods the route takes, 413): pages or JSON like ours.
   */
  void refused(io.javalin.http.HttpResponseException e, Context ctx) {
    if (e.getStatus() == 405) {
      java.util.Set<String> allow = new java.util.TreeSet<>();
      for (String v : e.getDetails().values()) {
        for (String m : v.split(",")) {
          allow.add(m.strip());
        }
      }
      if (allow.contains("GET")) {
        allow.add("HEAD");
      }
      ctx.header("Allow", String.join(", ", allow));
      fail(
          ctx,
          405,
          "Not allowed",
          new HttpError(405, ctx.method().name() + " is not taken here.", 0));
      return;
    }
    fail(
        ctx,
        e.getStatus(),
        "That request was refused",
        new HttpError(e.getStatus(), e.getMessage(), 0));
  }

  void notFound(Context ctx) {
    if (ctx.attribute(FAILED) != null) {
      return;
    }
    fail(ctx, 404, "Not found", HttpError.notFound("There is no page at " + ctx.path() + "."));
  }

  private static byte[] resource(String name) {
    try (InputStream in = Handlers.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
