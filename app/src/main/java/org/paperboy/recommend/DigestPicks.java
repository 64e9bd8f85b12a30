package org.paperboy.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The digest's "For you" sections for a window's papers. The digest run composes one digest after
 * another on one thread, so the work per reader is done ahead for a batch of readers, on every
 * core: reading their account, stored model and earlier sends, scoring the window's papers and
 * looking up the reasons. Composing then only leaves out what the digest's other sections show, and
 * what it picks is written as sent for the whole batch in one transaction, before any of the
 * batch's mail is handed to the senders.
 */
final class DigestPicks {
  /**
   * How many of a reader's best papers are kept ahead: the section shows {@link
   * Recommendations#MAX_DIGEST} of them, after leaving out those of the other sections (at most
   * 50).
   */
  static final int KEEP = 100;

  /** A reader's best papers of the window and the digest days any of them went out on. */
  record Ranked(String userId, List<Recommendations.Pick> best, Map<String, LocalDate> sent) {
    static final Ranked NONE = new Ranked(null, List.of(), Map.of());
  }

  /** Papers picked for a reader's digest of a day, to be recorded as sent. */
  record Sent(String userId, List<String> paperIds, LocalDate day) {}

  private final Store store;
  private final Models models;
  private final Ranker ranker;

  DigestPicks(Store store, Models models, Ranker ranker) {
    this.store = store;
    this.models = models;
    this.ranker = ranker;
  }

  void prepare(Recommendations.Candidates fresh, Collection<String> emails) {
    if (fresh.papers.isEmpty()) {
      return;
    }
    fresh.vectors(models);
    List<String> todo = emails.stream().filter(e -> !fresh.ranked.containsKey(e)).toList();
    Map<String, String> users = store.userIdsByEmail(todo); // a batch read of each owner
    Map<String, Store.Library> libraries =
        store.libraries(users.values().stream().distinct().toList());
    todo.parallelStream()
        .forEach(
            e -> {
              String user = users.get(e);
              fresh.ranked.put(
                  e,
                  user == null
                      ? Ranked.NONE
                      : rank(user, libraries.getOrDefault(user, Store.Library.EMPTY), fresh));
            });
  }

  private Ranked rank(String email, Recommendations.Candidates fresh) {
    Optional<String> user = store.userIdByEmail(email);
    return user.isEmpty() ? Ranked.NONE : rank(user.get(), store.library(user.get()), fresh);
  }

  private Ranked rank(String userId, Store.Library lib, Recommendations.Candidates fresh) {
    Models.Trained t = models.forUser(userId, lib);
    if (t.model().coldStart()) {
      return Ranked.NONE;
    }
    List<Ranker.Scored> above = ranker.above(t, fresh.papers, fresh.vectors(models));
    List<Recommendations.Pick> best =
        ranker.picks(t, above.subList(0, Math.min(KEEP, above.size())));
    Map<String, LocalDate> sent =
        best.isEmpty()
            ? Map.of()
            : models.sentDays(userId, best.stream().map(p -> p.paper().id()).toList());
    return new Ranked(userId, best, sent);
  }

  List<Recommendations.Pick> forDigest(
      String email,
      Recommendations.Candidates fresh,
      LocalDate day,
      Set<String> skip,
      boolean remember) {
    if (fresh.papers.isEmpty()) {
      return List.of();
    }
    Ranked r = fresh.ranked.remove(email);
    if (r == null) {
      r = rank(email, fresh);
    }
    Map<String, LocalDate> sent = r.sent();
    List<Recommendations.Pick> chosen =
        r.best().stream()
            .filter(p -> !skip.contains(p.paper().id()))
            .filter(p -> day.equals(sent.getOrDefault(p.paper().id(), day))) // a retry shows them
            .limit(Recommendations.MAX_DIGEST)
            .toList();
    if (remember && !chosen.isEmpty()) {
      synchronized (fresh.unrecorded) {
        fresh.unrecorded.add(
            new Sent(r.userId(), chosen.stream().map(p -> p.paper().id()).toList(), day));
      }
    }
    return chosen;
  }

  /** Writes what was picked since the last call as sent, in one transaction. */
  void record(Recommendations.Candidates fresh) {
    List<Sent> batch;
    synchronized (fresh.unrecorded) {
      batch = new ArrayList<>(fresh.unrecorded);
      fresh.unrecorded.clear();
    }
    models.markSent(batch);
  }
}
