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
  private final Health health;
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
      Health health,
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
    this.health = health;
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
    if (Routes.isPost(ctx) && ctx.isMultipartFormData()) {
      // an upload: its length, the person and the form token are checked before any of the
      // body is read or written to a temporary file
      LibraryPages.guardUpload(ctx);
      try {
        Guards.sameSite(ctx, baseUrl.get());
        LibraryPages.signedIn(ctx);
        Cookies.checkUploadCsrf(ctx);
      } catch (HttpError refused) {
        // read and dropped (never parsed or stored) when small, so the refusal is not lost to a
        // connection reset while the client still sends
        if (ctx.req().getContentLengthLong() <= Guards.DRAIN_LIMIT) {
          Guards.drain(ctx);
        }
        throw refused;
      }
    } else if (Routes.isPost(ctx) && !ctx.path().equals("/unsubscribe")) {
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
      // what is made for one person is neither kept by the browser nor by a proxy between
      ctx.header("Cache-Control", personal(ctx) ? "private, no-store" : "no-cache");
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

  /** Paths whose answer is one person's, whoever asks. */
  private static final java.util.List<String> PERSONAL =
      java.util.List.of(
          "/settings",
          "/library",
          "/for-you",
          "/digest/",
          "/feeds/for-you/",
          "/api/v1/library",
          "/api/v1/for-you",
          "/signin/confirm",
          "/subscribe/confirm",
          "/unsubscribe");

  /** A page for a signed-in person, a request with a token, or a path that is always personal. */
  private static boolean personal(Context ctx) {
    Visitor v = ctx.attribute(Visitor.ATTRIBUTE);
    if ((v != null && v.user() != null) || ctx.header("Authorization") != null) {
      return true;
    }
    String path = ctx.path();
    return PERSONAL.stream().anyMatch(path::startsWith);
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
    health.answer(ctx);
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
    if (Database.isDiskFull(e)) {
      log.warn("{} {} met a full disk: {}", ctx.method(), ctx.path(), e.getMessage());
      fail(
          ctx,
          503,
          "Out of disk space",
          new HttpError(
              503,
              "Paperboy cannot save anything just now: its disk is full. Please try again later.",
              300));
      return;
    }
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
    if (clientFault(e)) {
      // a request that broke off or could not be read: the client's doing, one line for it
      log.info("{} {} could not be read: {}", ctx.method(), ctx.path(), firstLine(e));
      fail(
          ctx,
          400,
          "That request could not be read",
          new HttpError(400, "The request ended early or could not be read.", 0));
      return;
    }
    log.error("{} {} failed", ctx.method(), ctx.path(), e);
    fail(
        ctx,
        500,
        "Something went wrong",
        new RuntimeException("Paperboy could not answer this request. The error has been logged."));
  }

  /** Whether reading the request is what failed: it broke off, timed out, or was malformed. */
  static boolean clientFault(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.eclipse.jetty.io.EofException
          || t instanceof org.eclipse.jetty.http.BadMessageException
          || t instanceof java.util.concurrent.TimeoutException
          || t.getClass().getName().endsWith("HttpEofException")) {
        return true;
      }
    }
    return false;
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return e.getClass().getSimpleName() + ": " + (m.length() > 200 ? m.substring(0, 200) : m);
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
