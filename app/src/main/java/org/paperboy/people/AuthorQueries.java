package org.paperboy.people;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.paper.AuthorNames;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperStore;

/** Reads author pages from the {@code paper_authors} index. */
final class AuthorQueries {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
  static final int COAUTHORS = 20;
  static final int CATEGORIES = 8;
  static final int VARIANTS = 5;

  private final Database db;
  private final PaperStore papers;

  AuthorQueries(Database db, PaperStore papers) {
    this.db = db;
    this.papers = papers;
  }

  /** One page of an author's papers with the summary; the key must be indexable. */
  AuthorPage page(String key, String asked, int offset, int limit) {
    Summary s = db.read(c -> summary(c, key));
    List<String> ids =
        db.read(
            c ->
                Sql.list(
                    c,
                    "SELECT paper_id FROM paper_authors WHERE name_key = ?"
                        + " ORDER BY published DESC, paper_id DESC LIMIT ? OFFSET ?",
                    r -> r.getString(1),
                    key,
                    limit + 1,
                    offset));
    boolean hasNext = ids.size() > limit;
    ids = ids.subList(0, Math.min(limit, ids.size()));
    Map<String, Paper> found = papers.findAll(ids);
    List<Paper> page = ids.stream().map(found::get).filter(p -> p != null).toList();
    return new AuthorPage(
        s.name == null ? asked.strip() : s.name,
        key,
        s.count,
        page,
        hasNext,
        s.coauthors,
        s.categories,
        s.firstYear,
        s.lastYear,
        s.count == 0 ? List.of() : db.read(c -> variants(c, key, s.coauthorKeys)));
  }

  /** The paper ids of a name, newest first, at most {@code limit}. */
  List<String> ids(String key, int limit) {
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT paper_id FROM paper_authors WHERE name_key = ?"
                    + " ORDER BY published DESC, paper_id DESC LIMIT ?",
                r -> r.getString(1),
                key,
                limit));
  }

  private static final class Summary {
    int count;
    int firstYear;
    int lastYear;
    String name;
    List<AuthorPage.Coauthor> coauthors = List.of();
    List<String> coauthorKeys = List.of();
    List<String> categories = List.of();
  }

  private static Summary summary(Connection c, String key) throws SQLException {
    Summary s = new Summary();
    Sql.one(
        c,
        "SELECT COUNT(*), MIN(NULLIF(published, '')), MAX(published) FROM paper_authors"
            + " WHERE name_key = ?",
        r -> {
          s.count = r.getInt(1);
          s.firstYear = year(r.getString(2));
          s.lastYear = year(r.getString(3));
          return s;
        },
        key);
    if (s.count == 0) {
      return s;
    }
    Map<String, Integer> written = new HashMap<>();
    Map<String, Integer> together = new HashMap<>();
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    Map<String, Integer> categories = new HashMap<>();
    Map<String, String> folded = new HashMap<>(); // names repeat across papers: each folded once
    for (String[] row :
        Sql.list(
            c,
            "SELECT p.authors, p.categories FROM paper_authors a JOIN papers p ON p.id = a.paper_id"
                + " WHERE a.name_key = ? ORDER BY a.published DESC, a.paper_id DESC LIMIT ?",
            r -> new String[] {r.getString(1), r.getString(2)},
            key,
            AuthorPage.SUMMARY_PAPERS)) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (String name : names(row[0])) {
        String k = folded.computeIfAbsent(name, AuthorNames::key);
        if (k.equals(key)) {
          written.merge(name.strip(), 1, Integer::sum);
        } else if (AuthorNames.indexable(k) && seen.add(k)) {
          together.merge(k, 1, Integer::sum);
          forms.computeIfAbsent(k, x -> new HashMap<>()).merge(name.strip(), 1, Integer::sum);
        }
      }
      for (String cat : row[1].isEmpty() ? new String[0] : row[1].split(" ")) {
        categories.merge(cat, 1, Integer::sum);
      }
    }
    s.name = mostFrequent(written);
    List<String> keys = top(together, COAUTHORS);
    s.coauthorKeys = keys;
    List<AuthorPage.Coauthor> coauthors = new ArrayList<>();
    for (String k : keys) {
      coauthors.add(new AuthorPage.Coauthor(mostFrequent(forms.get(k)), together.get(k)));
    }
    s.coauthors = coauthors;
    s.categories = top(categories, CATEGORIES);
    return s;
  }

  /** Same surname and initial, and written with at least one of the same co-authors. */
  private List<String> variants(Connection c, String key, List<String> coauthorKeys)
      throws SQLException {
    if (coauthorKeys.isEmpty()) {
      return List.of();
    }
    List<String> shared = coauthorKeys.subList(0, Math.min(10, coauthorKeys.size()));
    List<Object> args = new ArrayList<>(shared);
    args.add(AuthorNames.variant(key));
    args.add(key);
    args.add(VARIANTS);
    List<String> keys =
        Sql.list(
            c,
            "SELECT b.name_key FROM paper_authors a JOIN paper_authors b ON b.paper_id = a.paper_id"
                + " WHERE a.name_key IN ("
                + Sql.marks(shared.size())
                + ") AND b.variant_key = ? AND b.name_key <> ?"
                + " GROUP BY b.name_key ORDER BY COUNT(*) DESC, b.name_key LIMIT ?",
            r -> r.getString(1),
            args.toArray());
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      Sql.one(
              c,
              "SELECT paper_id FROM paper_authors WHERE name_key = ? LIMIT 1",
              r -> r.getString(1),
              k)
          .flatMap(papers::find)
          .flatMap(p -> p.authors().stream().filter(a -> AuthorNames.key(a).equals(k)).findFirst())
          .ifPresent(a -> out.add(a.strip()));
    }
    return out;
  }

  private static List<String> names(String json) {
    try {
      return JSON.readValue(json, NAMES);
    } catch (JsonProcessingException e) {
      return List.of();
    }
  }

  private static int year(String date) {
    return date == null || date.length() < 4 ? 0 : Integer.parseInt(date.substring(0, 4));
  }

  private static String mostFrequent(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }
}
