package org.paperboy.web;

import io.javalin.http.Context;

/** Who a request came from, for rate limits: the socket's peer, or what one trusted proxy says. */
final class Clients {
  private Clients() {}

  static String address(Context ctx, boolean trustProxy) {
    return address(ctx.ip(), trustProxy ? ctx.header("X-Forwarded-For") : null);
  }

  /**
   * The last entry of {@code X-Forwarded-For} is the one our own proxy added; earlier entries come
   * from the client and may be made up.
   */
  static String address(String peer, String forwardedFor) {
    if (forwardedFor == null || forwardedFor.isBlank()) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? peer : last;
  }
}
