package org.paperboy.recommend;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.paperboy.account.Accounts;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.library.Library;
import org.paperboy.paper.PaperMark;
import org.paperboy.trending.Trending;

/**
 * The instance's co-save model, kept in memory and rebuilt from every reader's library when the
 * libraries changed: saved papers and upvotes count as saves, dismissals never; the readers who
 * opted out are left out, and a deleted account's rows are gone with it, so it leaves the model at
 * the next update. {@link #refresh} runs from the server's jobs every {@link #EVERY}; the first use
 * builds it.
 */
final class CoSaves {
  static final java.time.Duration EVERY = java.time.Duration.ofMinutes(5);

  /** Where the model is read from: the opt-outs here, the saves and votes from their owners. */
  record Sources(Database db, Library library, Trending trending, Accounts accounts) {}

  private final Sources from;
  private final Database db;
  private final int minReaders;
  private volatile CoSaveModel model;
  private String builtFrom;

  CoSaves(Sources from, int minReaders) {
    this.from = from;
    this.db = from.db();
    this.minReaders = minReaders;
  }

  int minReaders() {
    return minReaders;
  }

  /** The model, built now if it never was. */
  CoSaveModel model() {
    CoSaveModel m = model;
    if (m == null) {
      refresh();
      m = model;
    }
    return m;
  }

  /** Rebuilds the model when the libraries changed since it was built; true when it did. */
  synchronized boolean refresh() {
    String now = fingerprint();
    if (model != null && now.equals(builtFrom)) {
      return false;
    }
    model = CoSaveModel.build(libraries(), minReaders);
    builtFrom = now;
    return true;
  }

  /** Changes whenever a save, vote, opt-out or account is added or removed, or a mark changes. */
  private String fingerprint() {
    String optOuts =
        db.read(
            c ->
                Sql.one(
                        c,
                        "SELECT COUNT(*), MAX(created_at) FROM cosave_optout",
                        rs -> rs.getString(1) + "|" + rs.getString(2))
                    .orElseThrow());
    return String.join(
        "|",
        from.library().version(),
        from.trending().votesVersion(),
        optOuts,
        String.valueOf(from.accounts().count()));
  }

  /**
   * Every reader's saves and votes, newest first, a reader after another in id order; those who
   * opted out left out. The votes are held by reader while the saves stream past, a reader at a
   * time, so only one reader's saves are held beside them.
   */
  private List<List<String>> libraries() {
    Set<String> out =
        new HashSet<>(
            db.read(c -> Sql.list(c, "SELECT user_id FROM cosave_optout", rs -> rs.getString(1))));
    Map<String, List<PaperMark>> votes = new HashMap<>();
    from.trending()
        .eachVote(
            v -> {
              if (out.isEmpty() || !out.contains(v.userId())) {
                votes.computeIfAbsent(v.userId(), u -> new ArrayList<>()).add(v);
              }
            });
    TreeMap<String, List<String>> readers = new TreeMap<>();
    List<PaperMark> current = new ArrayList<>();
    from.library()
        .eachSave(
            s -> {
              if (!out.isEmpty() && out.contains(s.userId())) {
                return;
              }
              if (!current.isEmpty() && !current.getFirst().userId().equals(s.userId())) {
                add(readers, current, votes);
                current.clear();
              }
              current.add(s);
            });
    add(readers, current, votes);
    votes.forEach((reader, only) -> add(readers, only, Map.of()));
    return readers.values().stream().filter(l -> !l.isEmpty()).toList();
  }

  /** One reader's saves, merged with their votes (taken out of {@code votes}), newest first. */
  private static void add(
      Map<String, List<String>> readers,
      List<PaperMark> saves,
      Map<String, List<PaperMark>> votes) {
    if (saves.isEmpty()) {
      return;
    }
    String reader = saves.getFirst().userId();
    List<PaperMark> all = saves;
    List<PaperMark> voted = votes.isEmpty() ? null : votes.remove(reader);
    if (voted != null) {
      all = new ArrayList<>(saves);
      all.addAll(voted);
      all.sort(PaperMark.NEWEST_FIRST); // stable: a save before a vote at the same instant
    }
    Set<String> saved = new LinkedHashSet<>();
    for (PaperMark m : all) {
      if (saved.size() < CoSaveModel.MAX_PER_READER) {
        saved.add(m.paperId());
      }
    }
    readers.put(reader, List.copyOf(saved));
  }

  boolean optedOut(String userId) {
    return db.read(
            c -> Sql.count(c, "SELECT COUNT(*) FROM cosave_optout WHERE user_id = ?", userId))
        > 0;
  }

  void optOut(String userId, boolean out, Clock clock) {
    db.inTransaction(
        c ->
            out
                ? Sql.update(
                    c,
                    "INSERT INTO cosave_optout (user_id, created_at) VALUES (?, ?)"
                        + " ON CONFLICT (user_id) DO NOTHING",
                    userId,
                    clock.instant().toString())
                : Sql.update(c, "DELETE FROM cosave_optout WHERE user_id = ?", userId));
  }
}
