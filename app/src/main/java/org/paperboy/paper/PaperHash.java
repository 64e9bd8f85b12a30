package org.paperboy.paper;

import java.util.List;

/**
 * A 64-bit FNV-1a fingerprint of everything a paper says except when it was added. Stored beside
 * the row so that an upsert tells changed from unchanged without comparing every column.
 */
final class PaperHash {
  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private PaperHash() {}

  static long of(Paper p) {
    long h = OFFSET;
    h = add(h, p.id());
    h = add(h, Integer.toString(p.version()));
    h = add(h, p.title());
    h = add(h, p.abstractText());
    h = add(h, p.authors());
    h = add(h, p.categories());
    h = add(h, p.published() == null ? null : p.published().toString());
    h = add(h, p.updated() == null ? null : p.updated().toString());
    h = add(h, p.doi());
    h = add(h, p.journalRef());
    h = add(h, p.comments());
    h = add(h, p.license());
    h = add(h, p.links().abs());
    h = add(h, p.links().pdf());
    h = add(h, p.links().code());
    h = add(h, p.links().project());
    h = add(h, p.source());
    Venue v = p.venue();
    if (v != null) { // papers without one keep the hash they had before venues existed
      h = add(add(add(add(h, v.name()), v.id()), v.decision()), v.from());
    }
    return h;
  }

  /** Fingerprint of the text that is embedded: title and abstract. */
  static long ofText(Paper p) {
    return add(add(OFFSET, p.title()), p.abstractText());
  }

  private static long add(long h, List<String> values) {
    for (String v : values) {
      h = add(h, v);
    }
    return mix(h, 0x1e); // record separator: ["a b"] and ["a", "b"] differ
  }

  private static long add(long h, String s) {
    if (s == null) {
      return mix(h, 0x1f0000);
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      h = mix(h, s.charAt(i));
    }
    return mix(h, 0x1f);
  }

  private static long mix(long h, int c) {
    return (h ^ c) * PRIME;
  }
}
