package org.paperboy.signals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Hugging Face, GitHub, Semantic Scholar and the arXiv API on one loopback port, answering from a
 * function of the request as their documentation describes them; every request is recorded.
 */
final class FakeSources implements AutoCloseable {
  /** A request as received: method, path, query (or ""), If-None-Match, body. */
  record Request(String method, String path, String query, String etag, String body) {
    String target() {
      return query.isEmpty() ? path : path + "?" + query;
    }
  }

  /** An answer: status, headers, body; {@code delayMs} before answering (a slow source). */
  record Reply(int status, Map<String, String> headers, String body, long delayMs) {
    static Reply json(String body) {
      return new Reply(200, Map.of("Content-Type", "application/json"), body, 0);
    }

    static Reply status(int status, Map<String, String> headers) {
      return new Reply(status, headers, "", 0);
    }
  }

  private final HttpServer server;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> handler;

  FakeSources(Function<Request, Reply> handler) {
    this.handler = handler;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String q = exchange.getRequestURI().getRawQuery();
          Request r =
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  q == null ? "" : q,
                  exchange.getRequestHeaders().getFirst("If-None-Match"),
                  new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          requests.add(r);
          Reply reply = this.handler.apply(r);
          if (reply.delayMs() > 0) {
            try {
              Thread.sleep(reply.delayMs()); // the source is slow, not the test waiting
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
          try {
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          } catch (IOException closedByClient) {
            // the client gave up (a timeout test)
          }
        });
    server.start();
  }

  void answer(Function<Request, Reply> newHandler) {
    this.handler = newHandler;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  long count(String pathPrefix) {
    return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A daily-list item as Hugging Face writes it. */
  static String item(String id, long upvotes, long comments, String repo, String summary) {
    return "{\"paper\":{\"id\":\""
        + id
        + "\",\"upvotes\":"
        + upvotes
        + (repo == null ? "" : ",\"githubRepo\":\"" + repo + "\"")
        + (summary == null ? "" : ",\"ai_summary\":" + quote(summary))
        + ",\"submittedOnDailyAt\":\"2026-11-29T10:00:00.000Z\"},\"numComments\":"
        + comments
        + ",\"title\":\"t\"}";
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
