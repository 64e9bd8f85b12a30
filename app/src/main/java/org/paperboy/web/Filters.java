package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What runs around every request: before it, who is asking and the checks of size, site and form
 * token; after it, the timing and the security and cache headers; once it is answered, the metrics.
 */
final class Filters {
  private static final String STARTED = "paperboy.started";

  /** Paths whose answer is one person's, whoever asks. */
  private static final List<String> PERSONAL =
      List.of(
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

  private final SignedIn signedIn;
  private final Supplier<String> baseUrl;
  private final Metrics metrics;

  Filters(Kit kit, Metrics metrics) {
    this.signedIn = kit.signedIn();
    this.baseUrl = kit.baseUrl();
    this.metrics = metrics;
  }

  void before(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    Guards.size(ctx);
    if (ctx.path().startsWith("/static/") || machinePath(ctx)) {
      return;
    }
    signedIn.resolve(ctx);
    if (isPost(ctx) && ctx.isMultipartFormData()) {
      // an upload: its length, the person and the form token are checked before any of the
      // body is read or written to a temporary file
      LibraryPages.guardUpload(ctx);
      try {
        Guards.sameSite(ctx, baseUrl.get());
        signedIn.orForbidden(ctx, LibraryPages.SIGN_IN);
        Cookies.checkUploadCsrf(ctx);
      } catch (HttpError refused) {
        // read and dropped (never parsed or stored) when small, so the refusal is not lost to a
        // connection reset while the client still sends
        if (ctx.req().getContentLengthLong() <= Guards.DRAIN_LIMIT) {
          Guards.drain(ctx);
        }
        throw refused;
      }
    } else if (isPost(ctx) && !ctx.path().equals("/unsubscribe")) {
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
    if (signedIn.secure()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    if (!ctx.path().startsWith("/static/")) {
      // what is made for one person is neither kept by the browser nor by a proxy between
      ctx.header("Cache-Control", personal(ctx) ? "private, no-store" : "no-cache");
    }
    if (!machinePath(ctx)) {
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

  /** Paths that serve data to programs, which get JSON or text errors instead of pages. */
  static boolean machinePath(Context ctx) {
    String p = ctx.path();
    return p.startsWith("/api/")
        || p.startsWith("/feeds/")
        || p.equals("/metrics")
        || p.equals("/healthz");
  }

  private static boolean isPost(Context ctx) {
    return ctx.method() == HandlerType.POST;
  }
}
