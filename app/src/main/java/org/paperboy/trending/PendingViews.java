package org.paperboy.trending;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Paper views counted in memory and written to the database in batches. */
final class PendingViews {
  private final Signals signals;
  private final ViewCounter counter;
  private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();

  PendingViews(Signals signals, ViewCounter counter) {
    this.signals = signals;
    this.counter = counter;
  }

  /** A visitor's view: once per client and paper a day, never a robot's. */
  void viewed(String paperId, String client, String userAgent) {
    if (counter.counts(paperId, client, userAgent)) {
      viewed(paperId);
    }
  }

  void viewed(String paperId) {
    pending.computeIfAbsent(paperId, k -> new LongAdder()).increment();
  }

  /** Writes the views counted since the last flush. */
  void flush() {
    Map<String, Long> batch = new HashMap<>();
    for (String id : List.copyOf(pending.keySet())) {
      LongAdder adder = pending.remove(id);
      if (adder != null && adder.sum() > 0) {
        batch.put(id, adder.sum());
      }
    }
    signals.addViews(batch);
  }
}
