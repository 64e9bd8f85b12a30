package org.paperboy.channel;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A local webhook receiver for every kind: records each request (path, headers, body) and answers
 * from a script, 200 once the script is used up. A request counts as posted only when it was
 * answered 2xx, as a platform posts only what it accepted.
 */
final class Receiver implements AutoCloseable {
  /** One scripted answer; {@code hang}: never answer (until closed). */
  record Reply(int status, Map<String, String> headers, String body, boolean hang) {
    static Reply of(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body, false);
    }

    static Reply hanging() {
      return new Reply(0, Map.of(), "", true);
    }
  }

  /** A request received, and whether it was answered 2xx. */
  record Request(String path, Map<String, List<String>> headers, String body, boolean posted) {
    String header(String name) {
      for (var e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().getFirst();
        }
      }
      return null;
    }
  }

  private final HttpServer server;
  private final Deque<Reply> script = new ArrayDeque<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);
  private volatile Reply always;
  private volatile long delayMillis;
  private final Map<String, Reply> byPath = new java.util.concurrent.ConcurrentHashMap<>();

  Receiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          Reply r;
          synchronized (script) {
            Reply fixed = byPath.get(exchange.getRequestURI().getPath());
            r =
                fixed != null
                    ? fixed
                    : !script.isEmpty()
                        ? script.poll()
                        : always != null ? always : Reply.of(200, "ok");
          }
          if (r.hang()) {
            requests.add(
                new Request(
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body,
                    false));
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
          }
          if (delayMillis > 0) {
            try {
              Thread.sleep(delayMillis); // a slow receiver: posts overlap in time
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          requests.add(
              new Request(
                  exchange.getRequestURI().getPath(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  body,
                  r.status() >= 200 && r.status() < 300));
          r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
          byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  /** Answers these first, in order (shared by every path). */
  Receiver then(Reply... replies) {
    synchronized (script) {
      script.addAll(List.of(replies));
    }
    return this;
  }

  /** Waits this long before answering each request. */
  void slow(long millis) {
    delayMillis = millis;
  }

  /** Always answers requests to this path so. */
  void answer(String path, Reply r) {
    byPath.put(path, r);
  }

  /** Answers this once the script is used up (null: 200). */
  void always(Reply r) {
    always = r;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  List<Request> requests() {
    return requests;
  }

  List<Request> posted(String path) {
    return requests.stream().filter(r -> r.posted() && r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
  }
}
