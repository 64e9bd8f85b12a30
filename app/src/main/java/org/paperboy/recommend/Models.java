package org.paperboy.recommend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps models in step with libraries: a person's model is read from the database when it was
 * trained on their present library (and space), else trained again and stored. The whitened space
 * is fitted once on a sample of the corpus and again when the corpus has doubled.
 */
final class Models {
  /** How many stored vectors the space is fitted on. */
  static final int SPACE_SAMPLE = 20_000;

  private final Store store;
  private final ModelStore stored;
  private final Clock clock;
  private Space space;
  private Space cacheSpace;

  /**
   * Whitened vectors of recently seen papers (a window's, so that {@code /for-you} reads and
   * whitens them once, not on every request): at most {@value #CACHED} (15 MB).
   */
  private final Map<String, float[]> cache =
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHED;
        }
      };

  static final int CACHED = 10_000;
  private long spacePapers;

  Models(Store store, ModelStore stored, Clock clock) {
    this.store = store;
    this.stored = stored;
    this.clock = clock;
  }

  /** A person's library and the model trained on it. */
  record Trained(Store.Library library, Model model) {}

  Trained forUser(String userId) {
    return forUser(userId, store.library(userId));
  }

  /** With the person's library read already (a batch of readers read together). */
  Trained forUser(String userId, Store.Library lib) {
    long fp = lib.fingerprint(spacePapers());
    Model m =
        stored
            .model(userId, fp)
            .orElseGet(
                () -> {
                  Model fresh = train(lib);
                  stored.saveModel(userId, fp, fresh, clock.instant());
                  return fresh;
                });
    return new Trained(lib, m);
  }

  private Model train(Store.Library lib) {
    List<String> ids =
        new ArrayList<>(lib.saved().subList(0, Math.min(Model.MAX_LIKED, lib.saved().size())));
    List<String> dis =
        lib.dismissed().subList(0, Math.min(Model.MAX_DISLIKED, lib.dismissed().size()));
    List<String> all = new ArrayList<>(ids);
    all.addAll(dis);
    Map<String, float[]> v = whitened(all);
    List<String> li = new ArrayList<>();
    List<float[]> lv = new ArrayList<>();
    for (String id : ids) {
      if (v.containsKey(id)) {
        li.add(id);
        lv.add(v.get(id));
      }
    }
    List<String> di = new ArrayList<>();
    List<float[]> dv = new ArrayList<>();
    for (String id : dis) {
      if (v.containsKey(id)) {
        di.add(id);
        dv.add(v.get(id));
      }
    }
    return Model.of(li, lv, di, dv);
  }

  /** The papers' vectors in the whitened space (papers without a vector yet are left out). */
  Map<String, float[]> whitened(Collection<String> ids) {
    Space s = space();
    Map<String, float[]> out = new HashMap<>();
    if (s == null) {
      return out;
    }
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      if (cacheSpace != s) {
        cache.clear(); // vectors of another space
        cacheSpace = s;
      }
      for (String id : ids) {
        float[] v = cache.get(id);
        if (v != null) {
          out.put(id, v);
        } else {
          missing.add(id);
        }
      }
    }
    Map<String, float[]> fresh = new HashMap<>();
    store.vectors(missing).forEach((id, v) -> fresh.put(id, s.apply(v)));
    synchronized (cache) {
      cache.putAll(fresh);
    }
    out.putAll(fresh);
    return out;
  }

  /**
   * How often the corpus is counted to see whether it has doubled: counting a million vectors takes
   * a while, and a digest run asks for the space once per person.
   */
  static final java.time.Duration RECOUNT = java.time.Duration.ofMinutes(10);

  private java.time.Instant counted;

  synchronized Space space() {
    java.time.Instant now = clock.instant();
    if (space != null && counted != null && now.isBefore(counted.plus(RECOUNT))) {
      return space;
    }
    long count = store.vectorCount();
    counted = now;
    if (space != null && count < 2 * Math.max(1, spacePapers)) {
      return space;
    }
    var saved = stored.space();
    if (saved.isPresent() && count < 2 * Math.max(1, saved.get().papers())) {
      space = saved.get().space();
      spacePapers = saved.get().papers();
      return space;
    }
    List<float[]> sample = store.sample(SPACE_SAMPLE);
    if (sample.size() < 2) {
      return null; // nothing embedded yet: nothing to recommend from
    }
    space = Space.fit(sample);
    spacePapers = count;
    stored.saveSpace(count, space, clock.instant());
    return space;
  }

  private synchronized long spacePapers() {
    space();
    return spacePapers;
  }

  Set<String> sentBefore(String userId, LocalDate day) {
    return stored.sentBefore(userId, day);
  }

  /** The digest days on which any of these papers went to the person. */
  Map<String, LocalDate> sentDays(String userId, Collection<String> paperIds) {
    return stored.sentDays(userId, paperIds);
  }

  /** Records many readers' picks as sent, in one transaction. */
  void markSent(List<DigestPicks.Sent> sent) {
    if (!sent.isEmpty()) {
      stored.markSent(sent, clock.instant());
    }
  }

  void markSent(String userId, List<String> paperIds, LocalDate day) {
    if (!paperIds.isEmpty()) {
      stored.markSent(userId, paperIds, day, clock.instant());
    }
  }
}
