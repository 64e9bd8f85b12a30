package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.paperboy.channel.ChannelException;
import org.paperboy.db.Database;
import org.paperboy.lab.LabException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Errors turned into answers: a page for people, JSON for programs, with the right status. */
final class Errors {
  private static final Logger log = LoggerFactory.getLogger(Errors.class);

  /** Set when a page answered 4xx itself, so the general 404 page does not replace it. */
  static final String FAILED = "paperboy.failed";

  private final Messages messages;
  private final SignedIn signedIn;

  Errors(Kit kit) {
    this.messages = kit.messages();
    this.signedIn = kit.signedIn();
  }

  void fail(Context ctx, int status, String title, Exception e) {
    ctx.attribute(FAILED, true);
    if (e instanceof HttpError h && h.retryAfterSeconds() > 0) {
      ctx.header("Retry-After", String.valueOf(h.retryAfterSeconds()));
    }
    if (Filters.machinePath(ctx)) {
      Json.error(ctx, status, e.getMessage());
      return;
    }
    if (ctx.attribute(Visitor.ATTRIBUTE) == null) {
      signedIn.resolve(ctx);
    }
    messages.show(ctx, status, title, e.getMessage());
  }

  void http(HttpError e, Context ctx) {
    fail(ctx, e.status(), e.title(), e);
  }

  void badArgument(IllegalArgumentException e, Context ctx) {
    fail(ctx, 400, "That request did not make sense", e);
  }

  void lab(LabException e, Context ctx) {
    switch (e.kind()) {
      case NOT_FOUND -> fail(ctx, 404, "Not found", e);
      case FORBIDDEN -> fail(ctx, 403, "Not allowed", e);
      case INVALID -> fail(ctx, 400, "That could not be done", e);
    }
  }

  void channel(ChannelException e, Context ctx) {
    fail(ctx, e.notFound() ? 404 : 400, e.notFound() ? "Not found" : "Refused", e);
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
      if (t instanceof EofException
          || t instanceof BadMessageException
          || t instanceof TimeoutException
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
  void refused(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 405) {
      Set<String> allow = new TreeSet<>();
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
}
