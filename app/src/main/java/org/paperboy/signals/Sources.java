package org.paperboy.signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of outside sources, in the order a round asks them. */
final class Sources {
  /** Every source: registering a new one is one line here. */
  static final List<Source.Maker> BUILT_IN =
      List.of(HfSource::new, GitHubSource::new, S2Source::new, OpenAlexSource::new);

  private final Map<String, Source> byName = new LinkedHashMap<>();

  Sources(List<Source.Maker> makers, Source.Kit kit) {
    for (Source.Maker m : makers) {
      Source s = m.make(kit);
      if (byName.putIfAbsent(s.name(), s) != null) {
        throw new IllegalStateException("two signal sources are named " + s.name());
      }
    }
  }

  /** Their names, in the order a round asks them. */
  List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /** The names as a message lists them, the last after "or": {@code hf, github, s2 or openalex}. */
  String listed() {
    List<String> n = names();
    return n.size() < 2
        ? String.join("", n)
        : String.join(", ", n.subList(0, n.size() - 1)) + " or " + n.getLast();
  }

  List<Source> all() {
    return new ArrayList<>(byName.values());
  }

  /** The points a stored value adds to trending; 0 for a source no longer registered. */
  double trendPoints(String source, String metric, long value) {
    Source s = byName.get(source);
    return s == null ? 0 : s.trendPoints(metric, value);
  }

  String label(String source, String metric, long value) {
    Source s = byName.get(source);
    return s == null ? value + " " + metric + " (" + source + ")" : s.label(metric, value);
  }
}
