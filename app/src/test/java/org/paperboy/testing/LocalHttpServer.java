package org.paperboy.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A real HTTP server on a random loopback port that answers from a function of the query. */
public final class LocalHttpServer implements AutoCloseable {

  /** What to answer: a status, headers and a body. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    public static Reply ok(byte[] body) {
      return new Reply(200, Map.of("Content-Type", "text/xml; charset=utf-8"), body);
    }

    public static Reply status(int status, Map<String, String> headers) {
      return new Reply(status, headers, new byte[0]);
    }
  }

  private final HttpServer server;
  private final List<String> queries = new CopyOnWriteArrayList<>();
  private volatile Function<String, Reply> handler;
  private final boolean withPaths;

  public LocalHttpServer(Function<String, Reply> handler) {
    this(handler, false);
  }

  /** A server whose handler (and {@link #queries()}) sees the path too: {@code /a/b?x=1}. */
  public static LocalHttpServer withPaths(Function<String, Reply> handler) {
    return new LocalHttpServer(handler, true);
  }

  private LocalHttpServer(Function<String, Reply> handler, boolean withPaths) {
    this.handler = handler;
    this.withPaths = withPaths;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String raw = exchange.getRequestURI().getRawQuery();
          String query = raw == null ? "" : raw;
          if (this.withPaths) {
            String path = exchange.getRequestURI().getRawPath();
            query = query.isEmpty() ? path : path + "?" + query;
          }
          queries.add(query);
          Reply reply = this.handler.apply(query);
          reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          exchange.sendResponseHeaders(
              reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
          }
        });
    server.start();
  }

  public void answer(Function<String, Reply> newHandler) {
    this.handler = newHandler;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The raw query strings received, in order. */
  public List<String> queries() {
    return queries;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
