package org.paperboy.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.paperboy.library.Library;

/**
 * What every request must pass before a handler reads it: the length of its URI and body, the kind
 * of body, and, for form posts, the site it comes from.
 */
final class Guards {
  /** The body limit of every route but the upload: forms here are small. */
  static final long BODY_LIMIT = 64 * 1024;

  /** The one route that takes an upload (multipart): a library file to import. */
  static final String UPLOAD_PATH = "/library/import";

  /** The upload's body limit: the file's own limit plus room for the form's other fields. */
  static final long UPLOAD_LIMIT = Library.MAX_IMPORT_BYTES + BODY_LIMIT;

  /** Longer addresses are refused here, in JSON under /api/ (Jetty reads headers up to 64 KB). */
  static final int URI_LIMIT = 8 * 1024;

  /** HTTP methods counted under their own name in the metrics; any other is "other". */
  static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

  private Guards() {}

  /**
   * A body a little over the limit (a long form pasted in by mistake) is read and dropped before
   * the 413: answering while the client still sends and then closing makes the connection reset,
   * and a reset can throw away the answer before the browser reads it. Beyond this, the answer goes
   * out at once and the connection is closed.
   */
  static final long DRAIN_LIMIT = 1024 * 1024;

  static void drain(Context ctx) {
    try (java.io.InputStream in = ctx.req().getInputStream()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (java.io.IOException e) {
      // the client went away: nothing to answer
    }
  }

  /** Refuses requests that are too long, or whose body no route here takes. */
  static void size(Context ctx) {
    String query = ctx.queryString();
    int uri = ctx.path().length() + (query == null ? 0 : query.length() + 1);
    if (uri > URI_LIMIT) {
      throw new HttpError(414, "The address is longer than " + URI_LIMIT + " characters.", 0);
    }
    boolean upload = ctx.method() == HandlerType.POST && ctx.path().equals(UPLOAD_PATH);
    long limit = upload ? UPLOAD_LIMIT : BODY_LIMIT;
    long length = ctx.req().getContentLengthLong();
    if (length > limit) {
      if (length <= DRAIN_LIMIT) {
        drain(ctx);
      }
      throw new HttpError(
          413, "The request body is larger than " + limit / 1024 + " KB, the limit here.", 0);
    }
    if (length < 0 && ctx.header("Transfer-Encoding") != null) {
      throw new HttpError(411, "Send the length of the body (Content-Length).", 0);
    }
    String type = ctx.header("Content-Type");
    if (!upload && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      // only the upload route takes multipart: elsewhere nothing is parsed or written to disk
      throw new HttpError(
          415,
          "Forms here are sent as application/x-www-form-urlencoded; uploads go to "
              + UPLOAD_PATH
              + " only.",
          0);
    }
  }

  /**
   * Refuses a form post that a browser says comes from another site ({@code Sec-Fetch-Site}), or
   * whose {@code Origin} is not this server (by the Host asked for or the configured base URL).
   */
  static void sameSite(Context ctx, String baseUrl) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      throw crossSite();
    }
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    String host = hostOf(origin);
    String asked = ctx.header("Host");
    if (host == null
        || !(host.equalsIgnoreCase(String.valueOf(asked))
            || host.equalsIgnoreCase(hostOf(baseUrl)))) {
      throw crossSite();
    }
  }

  private static HttpError crossSite() {
    return HttpError.forbidden(
        "This form came from another site. Go back to Paperboy, reload the page and try again.");
  }

  /** {@code host[:port]} of an origin or URL, or null when it is not one. */
  static String hostOf(String url) {
    try {
      URI u = URI.create(url);
      if (u.getHost() == null) {
        return null;
      }
      return u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The method as a metrics label: one of a fixed few. */
  static String methodLabel(String method) {
    return METHODS.contains(method) ? method : "other";
  }
}
