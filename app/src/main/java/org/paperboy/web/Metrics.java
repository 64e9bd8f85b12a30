package org.paperboy.web;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.paperboy.search.Search;

/** Prometheus metrics at {@code /metrics}: requests, latencies, search timings, the index. */
final class Metrics {
  private static final double[] SECONDS = {
    .001, .0025, .005, .01, .02, .05, .1, .15, .25, .5, 1, 2.5, 5
  };
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
  private final Counter requests =
      Counter.builder()
          .name("paperboy_http_requests_total")
          .help("HTTP requests by route, method and status")
          .labelNames("route", "method", "status")
          .register(registry);
  private final Histogram latency =
      Histogram.builder()
          .name("paperboy_http_request_seconds")
          .help("Server-side time of HTTP requests by route")
          .labelNames("route")
          .classicOnly()
          .classicUpperBounds(SECONDS)
          .register(registry);
  private final Histogram searches =
      Histogram.builder()
          .name("paperboy_search_seconds")
          .help("Time of searches by mode, query embedding included")
          .labelNames("mode")
          .classicOnly()
          .classicUpperBounds(SECONDS)
          .register(registry);

  private final Supplier<Search.Stats> stats;

  /** Papers waiting for a vector, as counted at most ten seconds ago (for {@code /healthz}). */
  long waitingForEmbedding() {
    return stats.get().waitingForEmbedding();
  }

  Metrics(Search search, Supplier<Long> paperCount) {
    this.stats = recent(search::stats);
    GaugeWithCallback.builder()
        .name("paperboy_index_bytes")
        .help("Size of the search index on disk")
        .callback(cb -> cb.call(stats.get().indexBytes()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("paperboy_index_documents")
        .help("Papers in the search index")
        .callback(cb -> cb.call(stats.get().indexed()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("paperboy_embeddings_pending")
        .help("Papers waiting for their embedding")
        .callback(cb -> cb.call(stats.get().waitingForEmbedding()))
        .register(registry);
    GaugeWithCallback.builder()
        .name("paperboy_papers")
        .help("Papers in the database")
        .callback(cb -> cb.call(paperCount.get()))
        .register(registry);
  }

  /** The value, computed at most every ten seconds: counting a million rows per scrape is waste. */
  private static <T> Supplier<T> recent(Supplier<T> source) {
    return new Supplier<>() {
      private T value;
      private long at;

      @Override
      public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - at > 10_000_000_000L) {
          value = source.get();
          at = now;
        }
        return value;
      }
    };
  }

  void request(String route, String method, int status, double seconds) {
    requests.labelValues(route, method, String.valueOf(status)).inc();
    latency.labelValues(route).observe(seconds);
  }

  void search(String mode, double millis) {
    searches.labelValues(mode).observe(millis / 1000.0);
  }

  String contentType() {
    return writer.getContentType();
  }

  byte[] scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
