package org.paperboy.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * What keeps clients that send slowly from holding every request thread: a body must arrive at a
 * minimum rate (Jetty's {@link MinimumDataRateHandler}: slower is a 408 and the connection closes),
 * and one client address may have only a few requests with a body in flight at once (more are
 * refused with 429 before anything is read).
 */
final class SlowClients extends HttpFilter {
  /** Bytes a second a request body must keep up: 1 KB/s is a modem; a drip is far below. */
  static final long MIN_READ_RATE = 1024;

  /** Requests with a body one client address may have in flight at once. */
  static final int BODIES_PER_CLIENT = 6;

  private final boolean trustProxy;
  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  SlowClients(boolean trustProxy) {
    this.trustProxy = trustProxy;
  }

  /** The handler that sits above the server's own, measuring how fast bodies arrive. */
  static Handler.Wrapper rateHandler() {
    return new MinimumDataRateHandler(MIN_READ_RATE, 0);
  }

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean body = req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    if (!body) {
      chain.doFilter(req, res);
      return;
    }
    String client =
        Clients.address(req.getRemoteAddr(), trustProxy ? req.getHeader("X-Forwarded-For") : null);
    AtomicInteger count = inFlight.computeIfAbsent(client, k -> new AtomicInteger());
    try {
      if (count.incrementAndGet() > BODIES_PER_CLIENT) {
        res.setStatus(429);
        res.setHeader("Retry-After", "5");
        res.setHeader("Connection", "close");
        res.setContentType("text/plain; charset=utf-8");
        res.getWriter()
            .write("Too many requests with a body at once from your address: try again soon.\n");
        return;
      }
      chain.doFilter(req, res);
    } finally {
      if (count.decrementAndGet() == 0) {
        inFlight.remove(client, count);
      }
    }
  }
}
