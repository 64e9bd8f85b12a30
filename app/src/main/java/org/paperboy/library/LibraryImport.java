package org.paperboy.library;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.ingest.ArxivApi;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/**
 * Imports a bibliography into a library: each entry is matched by arXiv id (fetching ids not stored
 * yet through the arXiv API), then DOI, then normalised title. The library rows are written in one
 * transaction at the end, so an import is all in or, on failure, not at all.
 */
final class LibraryImport {
  private static final int CHUNK = 500;

  private final Database db;
  private final PaperStore papers;
  private final ArxivApi arxiv;
  private final Function<List<String>, List<List<String>>> titleSearch;

  LibraryImport(
      Database db,
      PaperStore papers,
      ArxivApi arxiv,
      Function<List<String>, List<List<String>>> titleSearch) {
    this.db = db;
    this.papers = papers;
    this.arxiv = arxiv;
    this.titleSearch = titleSearch;
  }

  /**
   * Where the arXiv API is, how many papers one import may fetch from it, and, for uploads on the
   * page, the turn they share (one upload asks arXiv at a time) and the time one may spend.
   */
  record Fetching(String apiUrl, Duration delay, int limit, Semaphore turn, Duration timeLimit) {
    Fetching(String apiUrl, Duration delay, int limit) {
      this(apiUrl, delay, limit, null, null);
    }
  }

  ImportReport run(String userId, Bibliography b, Fetching fetching, Instant now) {
    return run(userId, b, fetching, now, step -> {});
  }

  ImportReport run(
      String userId, Bibliography b, Fetching fetching, Instant now, Consumer<String> step) {
    Map<Entry, String> matches = new LinkedHashMap<>();
    Set<String> wanted = new LinkedHashSet<>();
    for (Entry e : b.entries()) {
      if (e.arxivId() != null) {
        wanted.add(e.arxivId());
      }
    }
    Map<String, Paper> stored = papers.findAll(wanted);
    Set<String> missing = new LinkedHashSet<>(wanted);
    missing.removeAll(stored.keySet());
    if (!missing.isEmpty() && fetching.limit() > 0) {
      step.accept(
          "Fetching "
              + Math.min(missing.size(), fetching.limit())
              + " papers from arXiv that are not stored here yet");
    }
    Fetched f = fetch(missing, fetching);
    step.accept("Matching " + b.entries().size() + " entries by DOI and title");
    int matched = 0;
    int fetched = 0;
    for (Entry e : b.entries()) {
      String id = e.arxivId();
      if (id != null && stored.containsKey(id)) {
        matches.put(e, id);
        matched++;
      } else if (id != null && f.stored().contains(id)) {
        matches.put(e, id);
        fetched++;
      }
    }
    Map<String, String> byDoi =
        byDoi(b.entries().stream().filter(e -> !matches.containsKey(e)).map(Entry::doi).toList());
    List<Entry> byTitle = new ArrayList<>();
    for (Entry e : b.entries()) {
      if (matches.containsKey(e)) {
        continue;
      }
      String id = e.doi() == null ? null : byDoi.get(e.doi());
      if (id != null) {
        matches.put(e, id);
        matched++;
      } else if (Identifiers.titleKey(e.title()).length() >= 12) {
        byTitle.add(e); // "Introduction" matches too much to be anybody's paper
      }
    }
    for (int i = 0; i < byTitle.size(); i += CHUNK) {
      List<Entry> chunk = byTitle.subList(i, Math.min(byTitle.size(), i + CHUNK));
      Map<Entry, String> found = byTitle(chunk);
      matches.putAll(found);
      matched += found.size();
    }
    List<ImportReport.Item> unmatched = new ArrayList<>();
    for (Entry e : b.entries()) {
      if (!matches.containsKey(e)) {
        unmatched.add(new ImportReport.Item(e.where(), e.label(), reason(e, f)));
      }
    }
    List<ImportReport.Item> malformed =
        b.malformed().stream()
            .map(p -> new ImportReport.Item(p.where(), null, p.reason()))
            .toList();
    Set<String> ids = new LinkedHashSet<>(matches.values());
    step.accept("Saving " + ids.size() + " papers to your library");
    int added =
        ids.isEmpty()
            ? 0
            : db.inTransaction(c -> LibraryStore.saveAll(c, userId, ids, Origin.IMPORT, now));
    return new ImportReport(
        b.format().label,
        b.entries().size(),
        matched,
        fetched,
        added,
        unmatched,
        malformed,
        b.unlisted());
  }

  /** What fetching from arXiv did: the ids asked for, those now stored, or why it failed. */
  private record Fetched(Set<String> tried, Set<String> stored, String failure, int limit) {}

  private Fetched fetch(Set<String> missing, Fetching fetching) {
    if (missing.isEmpty() || fetching.limit() <= 0) {
      return new Fetched(Set.of(), Set.of(), null, fetching.limit());
    }
    List<String> ids =
        List.copyOf(
            new ArrayList<>(missing).subList(0, Math.min(missing.size(), fetching.limit())));
    long deadline =
        fetching.timeLimit() == null
            ? Long.MAX_VALUE
            : System.nanoTime() + fetching.timeLimit().toNanos();
    String failure = null;
    boolean turn = false;
    try {
      turn =
          fetching.turn() == null
              || fetching
                  .turn()
                  .tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (!turn) {
        failure = "other uploads were fetching from arXiv for the whole time one upload may wait";
      } else {
        arxiv.add(fetching.apiUrl(), ids, fetching.delay(), (where, reason) -> {}, deadline);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure = "the server stopped while fetching from arXiv";
    } catch (IOException | RuntimeException e) {
      failure = "the arXiv API could not be reached (" + e.getMessage() + ")";
    } finally {
      if (turn && fetching.turn() != null) {
        fetching.turn().release();
      }
    }
    // what was stored before a failure or the time limit counts
    return new Fetched(Set.copyOf(ids), papers.findAll(ids).keySet(), failure, fetching.limit());
  }

  private static String reason(Entry e, Fetched f) {
    if (e.arxivId() != null) {
      String id = "arXiv:" + e.arxivId();
      if (f.failure() != null
          && f.tried().contains(e.arxivId())
          && !f.stored().contains(e.arxivId())) {
        return id + " is not stored here, and " + f.failure();
      }
      if (f.tried().contains(e.arxivId())) {
        return "arXiv does not know " + id;
      }
      return id
          + " is not stored here and was not fetched: an upload fetches at most "
          + f.limit()
          + " papers from arXiv (the command line `paperboy library import` fetches them all)";
    }
    if (e.title() == null && e.doi() == null) {
      return "nothing to match by: no arXiv id, DOI or title";
    }
    return e.doi() != null
        ? "no stored paper has this DOI or title"
        : "no arXiv id or DOI, and no stored paper has this title";
  }

  private Map<String, String> byDoi(List<String> dois) {
    List<String> wanted = dois.stream().filter(d -> d != null).distinct().toList();
    Map<String, String> found = new HashMap<>();
    if (wanted.isEmpty()) {
      return found;
    }
    db.read(
        c -> {
          for (int i = 0; i < wanted.size(); i += CHUNK) {
            List<String> chunk = wanted.subList(i, Math.min(wanted.size(), i + CHUNK));
            for (String[] row :
                Sql.list(
                    c,
                    "SELECT id, lower(doi) FROM papers WHERE lower(doi) IN ("
                        + Sql.marks(chunk.size())
                        + ")",
                    rs -> new String[] {rs.getString(1), rs.getString(2)},
                    chunk.toArray())) {
              found.putIfAbsent(row[1], row[0]);
            }
          }
          return null;
        });
    return found;
  }

  /**
   * Entries matched by title, a chunk at a time: one index lookup for the chunk's candidates and
   * one read of their rows, then titles compared whole.
   */
  private Map<Entry, String> byTitle(List<Entry> chunk) {
    List<List<String>> candidates = titleSearch.apply(chunk.stream().map(Entry::title).toList());
    Set<String> ids = new LinkedHashSet<>();
    candidates.forEach(ids::addAll);
    Map<String, Paper> rows = papers.findAll(ids);
    Map<Entry, String> found = new HashMap<>();
    for (int i = 0; i < chunk.size(); i++) {
      String key = Identifiers.titleKey(chunk.get(i).title());
      for (String id : candidates.get(i)) {
        Paper p = rows.get(id);
        if (p != null && Identifiers.titleKey(p.title()).equals(key)) {
          found.put(chunk.get(i), id);
          break;
        }
      }
    }
    return found;
  }
}
