package org.paperboy.trending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The top of each window's ranking, cached. A missing ranking is computed by the caller; a stale
 * one is served while one background thread recomputes it, so no page waits on the ranking once it
 * exists.
 */
final class Rankings {
  private static final Logger log = LoggerFactory.getLogger(Rankings.class);

  /** How deep each ranking is kept: the pages and feeds never go further. */
  static final int KEPT = 500;

  static final Comparator<Scored> ORDER =
      Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::id);

  record Scored(String id, double score, int votes, long views) {}

  record Ranking(LocalDate from, LocalDate to, List<Scored> top) {}

  private record Cached(Ranking ranking, Instant computedAt) {}

  private final Function<Window, Ranking> compute;
  private final Clock clock;
  private final Duration fresh;
  private final Map<Window, Cached> cache = new EnumMap<>(Window.class);
  private final Map<Window, Boolean> refreshing = new EnumMap<>(Window.class);
  private final java.util.Set<Window> wanted = java.util.EnumSet.noneOf(Window.class);
  private volatile boolean scheduled;
  private final ExecutorService refresher =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "trending-refresh");
            t.setDaemon(true);
            return t;
          });

  Rankings(Function<Window, Ranking> compute, Clock clock, Duration fresh) {
    this.compute = compute;
    this.clock = clock;
    this.fresh = fresh;
  }

  Ranking get(Window window) {
    Cached cached;
    synchronized (this) {
      cached = cache.get(window);
    }
    if (cached == null) {
      Ranking r = compute.apply(window);
      synchronized (this) {
        cache.put(window, new Cached(r, clock.instant()));
      }
      return r;
    }
    if (cached.computedAt().plus(fresh).isBefore(clock.instant())) {
      if (scheduled) {
        synchronized (this) {
          wanted.add(window); // the server's trending job recomputes it
        }
      } else {
        refreshInBackground(window);
      }
    }
    return cached.ranking();
  }

  /**
   * Recomputes, here and now, every ranking read since it went stale: the server's trending job.
   * From the first call on, stale reads leave the work to these calls instead of a thread here.
   */
  void refreshStale() {
    scheduled = true;
    java.util.List<Window> due;
    synchronized (this) {
      due = java.util.List.copyOf(wanted);
      wanted.clear();
    }
    for (Window window : due) {
      Ranking r = compute.apply(window);
      synchronized (this) {
        cache.put(window, new Cached(r, clock.instant()));
      }
    }
  }

  private synchronized void refreshInBackground(Window window) {
    if (Boolean.TRUE.equals(refreshing.get(window))) {
      return;
    }
    refreshing.put(window, true);
    refresher.execute(
        () -> {
          try {
            Ranking r = compute.apply(window);
            synchronized (this) {
              cache.put(window, new Cached(r, clock.instant()));
            }
          } catch (RuntimeException e) {
            log.warn("Recomputing the {} ranking failed: {}", window.key(), e.toString());
          } finally {
            synchronized (this) {
              refreshing.put(window, false);
            }
          }
        });
  }

  /** Marks every ranking stale: the next read serves it and starts a recomputation. */
  synchronized void invalidate() {
    cache.replaceAll((w, c) -> new Cached(c.ranking(), Instant.EPOCH));
  }

  void close() {
    refresher.shutdownNow();
  }
}
