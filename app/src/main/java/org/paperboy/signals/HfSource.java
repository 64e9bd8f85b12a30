package org.paperboy.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hugging Face Papers ({@code hf}): the daily lists of the window, then lookups of papers not yet
 * seen there; upvotes and comments, each paper's summary and repository.
 */
final class HfSource implements Source {
  private final Round.Parts p;
  private final HuggingFace hf;
  private final int lookups;

  HfSource(Kit kit) {
    this.p = kit.parts();
    String token = kit.settings().hfToken();
    this.hf =
        new HuggingFace(
            kit.http().apply(token == null ? Map.of() : Map.of("Authorization", "Bearer " + token)),
            kit.settings().hfUrl());
    this.lookups = kit.settings().hfLookups();
  }

  @Override
  public String name() {
    return "hf";
  }

  @Override
  public String label(String metric, long value) {
    return switch (metric) {
      case "upvotes" -> "▲ " + value + " on Hugging Face";
      case "comments" -> value + " comments on Hugging Face";
      default -> Source.super.label(metric, value);
    };
  }

  @Override
  public long fetch(Round.Window w, Tally tally, Limits limits) {
    Map<String, HfPaper> seen = new LinkedHashMap<>();
    LocalDate today = LocalDate.ofInstant(w.start(), ZoneOffset.UTC);
    for (int d = 0; d < Round.DAYS && limits.open(); d++) {
      hf.daily(today.minusDays(d), tally, limits).ifPresent(l -> l.forEach(h -> keep(seen, h)));
    }
    p.store().hfFacts(seen.values(), p.clock().instant());
    List<String> asked = new ArrayList<>();
    for (String id : p.store().hfLookupOrder(w.from(), w.to(), w.start(), lookups)) {
      if (!limits.open()) {
        break;
      }
      int before = tally.notFound;
      hf.paper(id, tally, limits).ifPresent(h -> keep(seen, h));
      if (tally.notFound > before) {
        asked.add(id);
      }
    }
    Instant now = p.clock().instant();
    p.store().hfFacts(seen.values(), now);
    p.store().hfAsked(asked, now);
    List<Observations.Obs> obs = new ArrayList<>();
    for (HfPaper h : seen.values()) {
      if (h.upvotes() != null) {
        obs.add(new Observations.Obs(h.id(), "hf", "upvotes", h.upvotes()));
      }
      if (h.comments() != null) {
        obs.add(new Observations.Obs(h.id(), "hf", "comments", h.comments()));
      }
    }
    p.store().record(obs, now);
    tally.values += obs.size();
    tally.papers += seen.size();
    List<String> missing = new ArrayList<>(seen.keySet());
    missing.removeAll(p.papers().findAll(seen.keySet()).keySet());
    return missing.isEmpty() ? 0 : p.missing().add(missing, tally);
  }

  /** A paper listed on several days keeps its highest numbers. */
  private static void keep(Map<String, HfPaper> seen, HfPaper h) {
    HfPaper old = seen.get(h.id());
    if (old == null
        || (h.upvotes() != null && (old.upvotes() == null || h.upvotes() > old.upvotes()))) {
      seen.put(h.id(), h);
    }
  }
}
