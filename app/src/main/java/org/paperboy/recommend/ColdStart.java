package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.paper.Paper;
import org.paperboy.search.Search;
import org.paperboy.search.TopicMatcher;
import org.paperboy.subscription.Subscriber;
import org.paperboy.subscription.Subscriptions;
import org.paperboy.subscription.Topic;
import org.paperboy.trending.Ranked;

/**
 * Too small a library to learn from (fewer than {@link Recommendations#MIN_SAVED} saved papers):
 * the papers matching the person's digest topics, then the trending ones, never those they saved or
 * dismissed.
 */
final class ColdStart {
  /** How close in meaning a paper must be to a topic (as the digest's topic matching). */
  static final double TOPIC_SIMILARITY = 0.75;

  private final Store store;
  private final Search search;
  private final Subscriptions subscriptions;

  ColdStart(Store store, Search search, Subscriptions subscriptions) {
    this.store = store;
    this.search = search;
    this.subscriptions = subscriptions;
  }

  List<Recommendations.Pick> picks(
      String userId, Store.Library lib, List<Paper> candidates, List<Ranked> trending, int max) {
    Set<String> skip = new HashSet<>(lib.saved());
    skip.addAll(lib.dismissed());
    List<Recommendations.Pick> out = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    Map<String, Paper> byId = new HashMap<>();
    candidates.forEach(p -> byId.put(p.id(), p));
    List<Topic> topics =
        store
            .emailOf(userId)
            .flatMap(subscriptions::byEmail)
            .map(Subscriber::topics)
            .orElse(List.of());
    if (!topics.isEmpty() && !candidates.isEmpty()) {
      try (TopicMatcher matcher = search.topicMatcher(candidates, TOPIC_SIMILARITY)) {
        matcher.prepare(topics.stream().map(Topic::query).toList());
        for (Topic t : topics) {
          for (TopicMatcher.Match m : matcher.match(t.query(), max)) {
            if (!skip.contains(m.paperId()) && taken.add(m.paperId()) && out.size() < max) {
              out.add(
                  new Recommendations.Pick(
                      byId.get(m.paperId()), m.score(), "matches your topic " + t.name(), null));
            }
          }
        }
      }
    }
    for (Ranked r : trending) {
      if (out.size() >= max) {
        break;
      }
      if (!skip.contains(r.paper().id()) && taken.add(r.paper().id())) {
        out.add(new Recommendations.Pick(r.paper(), r.score(), "#" + r.rank() + " trending", null));
      }
    }
    return out;
  }
}
