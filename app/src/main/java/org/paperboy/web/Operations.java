package org.paperboy.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What operators and programs read about the server: health, metrics, the OpenAPI document. */
final class Operations {
  private final Health health;
  private final Metrics metrics;
  private final byte[] openApi;

  Operations(Health health, Metrics metrics) {
    this.health = health;
    this.metrics = metrics;
    this.openApi = resource("web/openapi.json");
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  void health(Context ctx) {
    health.answer(ctx);
  }

  void metrics(Context ctx) {
    ctx.contentType(metrics.contentType()).result(metrics.scrape());
  }

  private static byte[] resource(String name) {
    try (InputStream in = Operations.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
