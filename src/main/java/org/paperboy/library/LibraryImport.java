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
  private final Function<String, List<Paper>> titleSearch;

  LibraryImport(
      Database db, PaperStore papers, ArxivApi arxiv, Function<String, List<Paper>> titleSearch) {
    this.db = db;
    this.papers = papers;
    this.arxiv = arxiv;
    this.titleSearch = titleSearch;
  }

  /** Where the arXiv API is and how many papers one import may fetch from it. */
  record Fetching(String apiUrl, Duration delay, int limit) {}

  ImportReport run(String userId, Bibliography b, Fetching fetching, Instant now) {
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
    Fetched f = fetch(missing, fetching);
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
    for (Entry e : b.entries()) {
      if (matches.containsKey(e)) {
        continue;
      }
      String id = e.doi() == null ? null : byDoi.get(e.doi());
      id = id != null ? id : byTitle(e.title());
      if (id != null) {
        matches.put(e, id);
        matched++;
      }
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
    int added =
        ids.isEmpty()
            ? 0
            : db.inTransaction(c -> LibraryStore.saveAll(c, userId, ids, Origin.IMPORT, now));
    return new ImportReport(
        b.format().label, b.entries().size(), matched, fetched, added, unmatched, malformed);
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
    try {
      arxiv.add(fetching.apiUrl(), ids, fetching.delay(), (where, reason) -> {});
    } catch (IOException | RuntimeException e) {
      return new Fetched(
          Set.copyOf(ids),
          Set.of(),
          "the arXiv API could not be reached (" + e.getMessage() + ")",
          fetching.limit());
    }
    return new Fetched(Set.copyOf(ids), papers.findAll(ids).keySet(), null, fetching.limit());
  }

  private static String reason(Entry e, Fetched f) {
    if (e.arxivId() != null) {
      String id = "arXiv:" + e.arxivId();
      if (f.failure() != null && f.tried().contains(e.arxivId())) {
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

  private String byTitle(String title) {
    String key = Identifiers.titleKey(title);
    if (key.length() < 12) {
      return null; // "Introduction" matches too much to be anybody's paper
    }
    for (Paper p : titleSearch.apply(title)) {
      if (Identifiers.titleKey(p.title()).equals(key)) {
        return p.id();
      }
    }
    return null;
  }
}
