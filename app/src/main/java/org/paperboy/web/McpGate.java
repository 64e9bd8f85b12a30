package org.paperboy.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.paperboy.library.Library;
import org.paperboy.mcp.PaperboyMcp;

/**
 * What every request to {@code /mcp} passes before the MCP server reads it: the body limit of every
 * route (413), the {@code Origin} check against DNS rebinding (403), tokens in the header only (400
 * for one in the address, 401 for one unknown or revoked), and rate limits per client and per
 * person (429). GET is refused (405): this server sends nothing unasked, so it opens no stream that
 * would never end; each POST's answer closes its own.
 */
final class McpGate extends HttpFilter {
  /** Requests a client (and, apart, a person) may make: 600 a minute. */
  static final RateLimiter.Limit CALLS = new RateLimiter.Limit(600, Duration.ofMinutes(1));

  /** New MCP sessions a client may open: 60 every 10 minutes. */
  static final RateLimiter.Limit SESSIONS = new RateLimiter.Limit(60, Duration.ofMinutes(10));

  private static final Pattern TOKEN_IN_QUERY =
      Pattern.compile("(?i)(^|&)(token|access_token|api_key|apikey|key|auth)=|pb_");

  private final Library library;
  private final Supplier<String> baseUrl;
  private final boolean trustProxy;
  private final RateLimiter calls;
  private final RateLimiter people;
  private final RateLimiter sessions;
  private final Metrics metrics;

  McpGate(
      Library library, Supplier<String> baseUrl, boolean trustProxy, Clock clock, Metrics metrics) {
    this.library = library;
    this.metrics = metrics;
    this.baseUrl = baseUrl;
    this.trustProxy = trustProxy;
    this.calls = new RateLimiter(CALLS, clock);
    this.people = new RateLimiter(CALLS, clock);
    this.sessions = new RateLimiter(SESSIONS, clock);
  }

  /** Mounts the MCP servlet at {@link PaperboyMcp#PATH} behind this gate. */
  void mount(ServletContextHandler context, HttpServlet mcp) {
    ServletHolder servlet = new ServletHolder("mcp", mcp);
    servlet.setAsyncSupported(true);
    context.addServlet(servlet, PaperboyMcp.PATH);
    FilterHolder filter = new FilterHolder(this);
    filter.setAsyncSupported(true);
    context.addFilter(filter, PaperboyMcp.PATH, EnumSet.of(DispatcherType.REQUEST));
  }

  /** Counted in the metrics as the route {@code /mcp}, like the routes Javalin serves. */
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    try {
      String user = check(req);
      if (user != null) {
        req.setAttribute(PaperboyMcp.USER_ATTRIBUTE, user);
      }
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Content-Type-Options", "nosniff");
      chain.doFilter(req, res);
    } catch (HttpError e) {
      refuse(res, e);
    } finally {
      metrics.request(
          PaperboyMcp.PATH,
          Guards.methodLabel(req.getMethod()),
          res.getStatus(),
          (System.nanoTime() - started) / 1e9);
    }
  }

  /** The person whose token came with the request, or null; an HttpError when it is refused. */
  private String check(HttpServletRequest req) {
    String query = req.getQueryString();
    if (query != null && TOKEN_IN_QUERY.matcher(query).find()) {
      throw HttpError.badRequest(
          "Tokens are not taken from the address (it ends up in logs and histories). Send it as"
              + " the header Authorization: Bearer pb_…");
    }
    if (!originAllowed(req.getHeader("Origin"))) {
      throw HttpError.forbidden(
          "Requests from the web page at " + req.getHeader("Origin") + " are refused here.");
    }
    if ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod())) {
      throw new HttpError(
          405, "This server opens no event stream: POST JSON-RPC messages to /mcp.", 0);
    }
    long length = req.getContentLengthLong();
    if (length > Guards.BODY_LIMIT) {
      if (length <= Guards.DRAIN_LIMIT) {
        drain(req);
      }
      throw new HttpError(
          413,
          "The request body is larger than " + Guards.BODY_LIMIT / 1024 + " KB, the limit here.",
          0);
    }
    String client =
        Clients.address(req.getRemoteAddr(), trustProxy ? req.getHeader("X-Forwarded-For") : null);
    calls.acquire("client:" + client);
    if ("POST".equals(req.getMethod()) && req.getHeader("Mcp-Session-Id") == null) {
      sessions.acquire("client:" + client);
    }
    String header = req.getHeader("Authorization");
    if (header == null) {
      return null;
    }
    String token =
        header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    Optional<String> user = library.userForToken(token);
    if (user.isEmpty()) {
      throw new HttpError(
          401,
          "This token is unknown or was revoked. Make one on /settings/tokens and send it as"
              + " Authorization: Bearer pb_…, or leave the header out for the public tools.",
          0);
    }
    people.acquire("user:" + user.get());
    return user.get();
  }

  /**
   * No Origin (a program, not a browser page), this server's own, or a page on this machine
   * (loopback, whatever the port: a local inspector). Anything else may be a page that a DNS
   * rebinding points at this server.
   */
  boolean originAllowed(String origin) {
    if (origin == null) {
      return true;
    }
    String host = Guards.hostOf(origin);
    String scheme = origin.toLowerCase(Locale.ROOT);
    if (host == null || !(scheme.startsWith("http://") || scheme.startsWith("https://"))) {
      return false;
    }
    if (host.equalsIgnoreCase(Guards.hostOf(baseUrl.get()))) {
      return true;
    }
    String name = java.net.URI.create(origin).getHost().toLowerCase(Locale.ROOT);
    return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
  }

  private static void refuse(HttpServletResponse res, HttpError e) throws IOException {
    res.setStatus(e.status());
    if (e.status() == 401) {
      res.setHeader("WWW-Authenticate", "Bearer");
    }
    if (e.status() == 405) {
      res.setHeader("Allow", "POST, DELETE");
    }
    if (e.retryAfterSeconds() > 0) {
      res.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
    }
    res.setContentType("application/json; charset=utf-8");
    try (OutputStream out = res.getOutputStream()) {
      out.write(JettyErrors.json(e.status(), e.getMessage()));
    }
  }

  private static void drain(HttpServletRequest req) {
    try (InputStream in = req.getInputStream()) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }
}
