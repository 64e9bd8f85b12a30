package org.paperboy.people;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperboy.account.Accounts;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;
import org.paperboy.library.Library;
import org.paperboy.paper.AuthorNames;
import org.paperboy.paper.Paper;
import org.paperboy.paper.PaperMark;
import org.paperboy.paper.PaperStore;

/**
 * The people sections of the digests of one window of new papers: what everybody's follows and
 * citation alerts hold, read in a few queries for the whole run and then matched in memory per
 * subscriber. A paper by a followed author is new once (its window); a citation edge is news once
 * (the window it was found in), so nothing comes again in a later digest.
 */
public final class DigestNews {
  private static final int CHUNK = 500;

  /** Followed names by subscriber address (by user id while reading): (key, name as written). */
  private final Map<String, List<Followed>> follows = new HashMap<>();

  /** Window papers by the normalised names of their authors. */
  private final Map<String, List<Paper>> byAuthor = new HashMap<>();

  /** Citations found in the window, by subscriber address (by user id while reading). */
  private final Map<String, List<Alert>> alerts = new HashMap<>();

  private final Map<String, Paper> cited = new HashMap<>();
  private final Map<String, Paper> citing = new HashMap<>();

  private record Alert(String citingId, String citedId, boolean own) {}

  DigestNews(
      Database db,
      Accounts accounts,
      Library library,
      PaperStore papers,
      Collection<Paper> window,
      Instant from,
      Instant until) {
    for (Paper p : window) {
      for (String a : p.authors()) {
        String key = AuthorNames.key(a);
        if (AuthorNames.indexable(key)) {
          List<Paper> list = byAuthor.computeIfAbsent(key, k -> new ArrayList<>());
          if (list.isEmpty() || list.getLast() != p) {
            list.add(p);
          }
        }
      }
    }
    List<String[]> found = new ArrayList<>();
    Set<String> alerted = new HashSet<>();
    db.read(
        c -> {
          readFollows(c);
          readAlerts(c, from, until, found, alerted);
          return null;
        });
    libraryAlerts(library, found, alerted);
    // read by user id: the addresses are the accounts'
    Set<String> users = new HashSet<>(follows.keySet());
    users.addAll(alerts.keySet());
    Map<String, String> emails = accounts.emailsOf(users);
    byAddress(follows, emails);
    byAddress(alerts, emails);
    Set<String> ids = new HashSet<>();
    alerts.values().forEach(list -> list.forEach(a -> ids.add(a.citingId())));
    citing.putAll(papers.findAll(ids));
    ids.clear();
    alerts.values().forEach(list -> list.forEach(a -> ids.add(a.citedId())));
    cited.putAll(papers.findAll(ids));
  }

  private void readFollows(Connection c) throws SQLException {
    List<String> keys = new ArrayList<>(byAuthor.keySet());
    for (int i = 0; i < keys.size(); i += CHUNK) {
      List<String> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
      for (String[] row :
          Sql.list(
              c,
              "SELECT f.user_id, f.name_key, f.name FROM follows f WHERE f.name_key IN ("
                  + Sql.marks(chunk.size())
                  + ")",
              r -> new String[] {r.getString(1), r.getString(2), r.getString(3)},
              chunk.toArray())) {
        follows.computeIfAbsent(row[0], e -> new ArrayList<>()).add(new Followed(row[2], row[1]));
      }
    }
  }

  /** Keys the map by the person's address in place of their user id (a gone account: left out). */
  private static <V> void byAddress(Map<String, V> m, Map<String, String> emails) {
    Map<String, V> byEmail = new HashMap<>();
    m.forEach(
        (id, v) -> {
          if (emails.containsKey(id)) {
            byEmail.put(emails.get(id), v);
          }
        });
    m.clear();
    m.putAll(byEmail);
  }

  /**
   * The alerts on people's own papers, and what the library alerts need: the citations found in the
   * window ({@code found}: citing, cited) and who asked for library alerts ({@code alerted}).
   */
  private void readAlerts(
      Connection c, Instant from, Instant until, List<String[]> found, Set<String> alerted)
      throws SQLException {
    String low = Sql.instant(from);
    String high = Sql.instant(until);
    for (String[] row :
        Sql.list(
            c,
            "SELECT m.user_id, c.citing_id, c.cited_id FROM citations c"
                + " JOIN claims m ON m.paper_id = c.cited_id"
                + " WHERE c.found_at > ? AND c.found_at <= ? AND c.quiet = 0",
            r -> new String[] {r.getString(1), r.getString(2), r.getString(3)},
            low,
            high)) {
      alerts.computeIfAbsent(row[0], e -> new ArrayList<>()).add(new Alert(row[1], row[2], true));
    }
    found.addAll(
        Sql.list(
            c,
            "SELECT citing_id, cited_id FROM citations"
                + " WHERE found_at > ? AND found_at <= ? AND quiet = 0",
            r -> new String[] {r.getString(1), r.getString(2)},
            low,
            high));
    alerted.addAll(
        Sql.list(
            c,
            "SELECT user_id FROM people_settings WHERE library_alerts = 1",
            r -> r.getString(1)));
  }

  /** Who of {@code alerted} saved a paper cited in the window, through the library's facade. */
  private void libraryAlerts(Library library, List<String[]> found, Set<String> alerted) {
    if (found.isEmpty() || alerted.isEmpty()) {
      return;
    }
    Map<String, List<String>> savers = new HashMap<>();
    for (PaperMark m : library.savesOf(found.stream().map(f -> f[1]).distinct().toList())) {
      if (alerted.contains(m.userId())) {
        savers.computeIfAbsent(m.paperId(), k -> new ArrayList<>()).add(m.userId());
      }
    }
    for (String[] f : found) {
      for (String user : savers.getOrDefault(f[1], List.of())) {
        alerts.computeIfAbsent(user, e -> new ArrayList<>()).add(new Alert(f[0], f[1], false));
      }
    }
  }

  /**
   * The person's sections, in order (following, citing your work, citing your library), without the
   * papers in {@code shown} and each paper once: a paper that belongs to two sections is in the
   * first, with both reasons.
   */
  public List<News> sections(String email, Set<String> shown) {
    Map<String, List<String>> reasons = new LinkedHashMap<>();
    Map<String, Paper> found = new HashMap<>();
    Map<String, String> section = new HashMap<>();
    for (Followed f : follows.getOrDefault(email, List.of())) {
      for (Paper p : byAuthor.getOrDefault(f.key(), List.of())) {
        add(
            reasons,
            found,
            section,
            shown,
            p,
            News.FOLLOWING,
            "by " + writtenIn(p, f.key(), f.name()) + ", whom you follow");
      }
    }
    for (Alert a : alerts.getOrDefault(email, List.of())) {
      Paper p = citing.get(a.citingId());
      Paper target = cited.get(a.citedId());
      if (p != null && target != null) {
        String heading = a.own() ? News.CITING_WORK : News.CITING_LIBRARY;
        String why =
            "cites “"
                + org.paperboy.paper.TexText.plain(target.title())
                + "”"
                + (a.own() ? ", your paper" : ", in your library");
        add(reasons, found, section, shown, p, heading, why);
      }
    }
    List<News> out = new ArrayList<>();
    for (String heading : List.of(News.FOLLOWING, News.CITING_WORK, News.CITING_LIBRARY)) {
      List<News.Entry> entries = new ArrayList<>();
      reasons.forEach(
          (id, why) -> {
            if (section.get(id).equals(heading)) {
              entries.add(new News.Entry(found.get(id), List.copyOf(why)));
            }
          });
      if (!entries.isEmpty()) {
        out.add(new News(heading, entries));
      }
    }
    return out;
  }

  /** The name as the paper writes it ("Anne Ouyang", though followed as "anne ouyang"). */
  static String writtenIn(Paper p, String key, String fallback) {
    for (String a : p.authors()) {
      if (AuthorNames.key(a).equals(key)) {
        return a.strip();
      }
    }
    return fallback;
  }

  private static void add(
      Map<String, List<String>> reasons,
      Map<String, Paper> found,
      Map<String, String> section,
      Set<String> shown,
      Paper p,
      String heading,
      String why) {
    if (shown.contains(p.id())) {
      return;
    }
    List<String> list = reasons.computeIfAbsent(p.id(), k -> new ArrayList<>());
    if (!list.contains(why)) {
      list.add(why);
    }
    found.put(p.id(), p);
    section.putIfAbsent(p.id(), heading);
  }
}
