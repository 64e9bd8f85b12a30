package org.paperboy.recommend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.paperboy.paper.PaperMark;
import org.paperboy.search.Search;
import org.paperboy.trending.Trending;

/**
 * What recommendations read from the features that own it, a batch of people at a time: their
 * accounts, libraries, votes and claimed papers, and the papers' vectors. No SQL of its own.
 */
final class Store {
  private final Search search;
  private final Trending trending;
  private final Recommendations.Readers readers;

  Store(Search search, Trending trending, Recommendations.Readers readers) {
    this.search = search;
    this.trending = trending;
    this.readers = readers;
  }

  /**
   * A person's lists: saved papers, upvotes and the papers they claimed as their own (newest
   * first), and dismissed ones; {@code count} is how many saves, upvotes and claims they have.
   */
  record Library(List<String> saved, List<String> dismissed, long count) {
    static final Library EMPTY = new Library(List.of(), List.of(), 0);

    long fingerprint(long space) {
      return (31L * saved.hashCode() + dismissed.hashCode()) * 31 + space;
    }
  }

  Library library(String userId) {
    return libraries(List.of(userId)).getOrDefault(userId, Library.EMPTY);
  }

  /**
   * The libraries of these people, read with one query per owner and batch (absent: nothing
   * marked). A person's marks are merged newest first, library marks before votes before claims at
   * the same instant, and a paper counts once, as its newest mark says.
   */
  Map<String, Library> libraries(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, List<PaperMark>> marks = new HashMap<>();
    for (List<PaperMark> source :
        List.of(
            readers.library().marksOf(userIds),
            trending.votesOf(userIds),
            readers.people().claimsOf(userIds))) {
      source.forEach(m -> marks.computeIfAbsent(m.userId(), u -> new ArrayList<>()).add(m));
    }
    Map<String, Library> out = new HashMap<>();
    marks.forEach((user, all) -> out.put(user, library(all)));
    return out;
  }

  private static Library library(List<PaperMark> all) {
    all.sort(PaperMark.NEWEST_FIRST); // stable: the owners' order stays at the same instant
    List<String> saved = new ArrayList<>();
    List<String> dismissed = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long count = 0;
    for (PaperMark m : all) {
      count += m.dismissed() ? 0 : 1;
      if (seen.add(m.paperId())) {
        (m.dismissed() ? dismissed : saved).add(m.paperId());
      }
    }
    return new Library(saved, dismissed, count);
  }

  Optional<String> userIdByEmail(String email) {
    return Optional.ofNullable(userIdsByEmail(List.of(email)).get(email));
  }

  /** The account ids of these addresses, by address as given (those with no account left out). */
  Map<String, String> userIdsByEmail(Collection<String> emails) {
    Map<String, String> ids =
        readers.accounts().idsByEmail(emails.stream().map(Store::stored).distinct().toList());
    Map<String, String> out = new HashMap<>();
    for (String e : emails) {
      String id = ids.get(stored(e));
      if (id != null) {
        out.put(e, id);
      }
    }
    return out;
  }

  private static String stored(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  Optional<String> emailOf(String userId) {
    return Optional.ofNullable(readers.accounts().emailsOf(List.of(userId)).get(userId));
  }

  /** The current vectors of these papers (those without one are left out). */
  Map<String, float[]> vectors(Collection<String> ids) {
    return search.vectors(ids);
  }

  /** Every stored vector, in id order. */
  void eachVector(BiConsumer<String, float[]> each) {
    search.eachVector(each);
  }

  /** Up to {@code limit} stored vectors, spread over the corpus by id. */
  List<float[]> sample(int limit) {
    long total = vectorCount();
    long step = Math.max(1, total / limit);
    List<float[]> out = new ArrayList<>();
    long[] i = {0};
    eachVector(
        (id, v) -> {
          if (i[0]++ % step == 0 && out.size() < limit) {
            out.add(v);
          }
        });
    return out;
  }

  long vectorCount() {
    return search.vectorCount();
  }
}
