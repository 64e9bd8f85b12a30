package org.paperboy.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What every handler of pages, the API and feeds shares: the page frame ({@link Views}), the
 * templates, one-message pages, who is signed in (with the guards that need a person), the site's
 * address, whether a proxy's word on the client's address is trusted, and the clock that rate
 * limits count with. A handler takes the kit plus the facades it uses.
 */
record Kit(
    Views views,
    Templates templates,
    Messages messages,
    SignedIn signedIn,
    Supplier<String> baseUrl,
    boolean trustProxy,
    Clock clock) {

  /** A limiter of its own for one handler, with the given policy. */
  RateLimiter limiter(RateLimiter.Limit limit) {
    return new RateLimiter(limit, clock);
  }

  /** The client's address, for rate limits. */
  String client(Context ctx) {
    return Clients.address(ctx, trustProxy);
  }
}
