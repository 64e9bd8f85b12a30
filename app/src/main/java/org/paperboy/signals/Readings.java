package org.paperboy.signals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.db.Database;
import org.paperboy.db.Sql;

/** Reads signals back: the newest values, stars gained since an instant, what is shown. */
final class Readings {
  private record Latest(String id, String source, String metric, long value) {}

  private record Gain(String id, long latest, long first, Long before) {
    long gained() {
      return Math.max(0, latest - (before != null ? before : first));
    }
  }

  private static final String GAINED =
      "SELECT o.paper_id, l.value, o.value, (SELECT b.value FROM signal_observations b"
          + " WHERE b.paper_id = o.paper_id AND b.source = o.source AND b.metric = o.metric"
          + " AND b.observed_at <= ? ORDER BY b.observed_at DESC LIMIT 1)"
          + " FROM signal_observations o JOIN signal_latest l ON l.paper_id = o.paper_id"
          + " AND l.source = o.source AND l.metric = o.metric"
          + " WHERE o.source = 'github' AND o.metric = 'stars' AND o.observed_at > ?"
          + " AND o.observed_at = (SELECT MIN(f.observed_at) FROM signal_observations f"
          + " WHERE f.paper_id = o.paper_id AND f.source = o.source AND f.metric = o.metric"
          + " AND f.observed_at > ?)";

  private final Database db;
  private final Sources sources;

  Readings(Database db, Sources sources) {
    this.db = db;
    this.sources = sources;
  }

  /** The numbers of the papers first published in {@code from..to}, gains since {@code since}. */
  Map<String, PaperSignals> published(LocalDate from, LocalDate to, Instant since) {
    String s = Observations.at(since);
    return db.read(
        c ->
            combine(
                Sql.list(
                    c,
                    "SELECT l.paper_id, l.source, l.metric, l.value FROM papers p"
                        + " JOIN signal_latest l ON l.paper_id = p.id"
                        + " WHERE p.published >= ? AND p.published <= ?",
                    rs ->
                        new Latest(
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                    from.toString(),
                    to.toString()),
                Sql.list(
                    c,
                    GAINED,
                    rs -> new Gain(rs.getString(1), rs.getLong(2), rs.getLong(3), boxed(rs, 4)),
                    s,
                    s,
                    s)));
  }

  /** Everything shown for these papers: numbers, gains since {@code since}, links, summary. */
  Map<String, PaperSignals> of(Collection<String> ids, Instant since, String hfBase) {
    Map<String, PaperSignals> out = new HashMap<>();
    String s = Observations.at(since);
    for (List<String> chunk : Observations.chunks(ids)) {
      Object[] args = chunk.toArray();
      Object[] gainArgs = new Object[args.length + 3];
      gainArgs[0] = s;
      gainArgs[1] = s;
      gainArgs[2] = s;
      System.arraycopy(args, 0, gainArgs, 3, args.length);
      String in = " IN (" + Sql.marks(chunk.size()) + ")";
      db.read(
          c -> {
            Map<String, PaperSignals> numbers =
                combine(
                    Sql.list(
                        c,
                        "SELECT paper_id, source, metric, value FROM signal_latest WHERE paper_id"
                            + in,
                        rs ->
                            new Latest(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                        args),
                    Sql.list(
                        c,
                        GAINED + " AND o.paper_id" + in,
                        rs -> new Gain(rs.getString(1), rs.getLong(2), rs.getLong(3), boxed(rs, 4)),
                        gainArgs));
            for (String[] f :
                Sql.list(
                    c,
                    "SELECT paper_id, hf_featured_on, hf_summary, github_repo FROM signal_papers"
                        + " WHERE paper_id"
                        + in,
                    rs ->
                        new String[] {
                          rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                        },
                    args)) {
              PaperSignals n = numbers.getOrDefault(f[0], PaperSignals.NONE);
              boolean onHf = n.hfUpvotes() != null || f[1] != null;
              if (n.isEmpty() && !onHf && f[2] == null && f[3] == null) {
                continue; // asked about, and nobody knew it
              }
              numbers.put(
                  f[0],
                  new PaperSignals(
                      n.hfUpvotes(),
                      n.hfComments(),
                      n.githubStars(),
                      n.githubStarsGained(),
                      n.citations(),
                      onHf ? hfBase + "/papers/" + f[0] : null,
                      f[3] == null ? null : "https://github.com/" + f[3],
                      f[2],
                      n.morePoints()));
            }
            out.putAll(numbers);
            return null;
          });
    }
    return out;
  }

  /**
   * The paper's observations, newest first, as lines such as {@code 30 Nov 2026: ★ 57 on GitHub}.
   */
  List<String> history(String paperId, int limit) {
    java.time.format.DateTimeFormatter day =
        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK);
    return db.read(
        c ->
            Sql.list(
                c,
                "SELECT source, metric, value, observed_at FROM signal_observations"
                    + " WHERE paper_id = ? ORDER BY observed_at DESC, source, metric LIMIT ?",
                rs ->
                    LocalDate.parse(rs.getString(4).substring(0, 10)).format(day)
                        + ": "
                        + label(rs.getString(1), rs.getString(2), rs.getLong(3)),
                paperId,
                limit));
  }

  private String label(String source, String metric, long value) {
    return sources.label(source, metric, value);
  }

  private static Long boxed(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private Map<String, PaperSignals> combine(List<Latest> latest, List<Gain> gains) {
    Map<String, Long> gained = new HashMap<>();
    for (Gain g : gains) {
      gained.put(g.id(), g.gained());
    }
    Map<String, Long[]> values = new HashMap<>();
    Map<String, Double> points = new HashMap<>();
    for (Latest l : latest) {
      Long[] v = values.computeIfAbsent(l.id(), k -> new Long[4]);
      points.merge(l.id(), sources.trendPoints(l.source(), l.metric(), l.value()), Double::sum);
      int slot =
          switch (l.source() + "/" + l.metric()) {
            case "hf/upvotes" -> 0;
            case "hf/comments" -> 1;
            case "github/stars" -> 2;
            case "s2/citations" -> 3;
            default -> -1;
          };
      if (slot >= 0) {
        v[slot] = l.value();
      }
    }
    Map<String, PaperSignals> out = new HashMap<>();
    values.forEach(
        (id, v) ->
            out.put(
                id,
                new PaperSignals(
                    v[0],
                    v[1],
                    v[2],
                    v[2] == null ? null : gained.getOrDefault(id, 0L),
                    v[3],
                    null,
                    null,
                    null,
                    points.get(id))));
    return out;
  }
}
