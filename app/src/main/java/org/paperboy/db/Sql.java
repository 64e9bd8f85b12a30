package org.paperboy.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Plain JDBC without the ceremony: bind the arguments in order, map each row to a record. */
public final class Sql {
  private Sql() {}

  /** Maps the current row of a result set. */
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  public static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.map(rs));
        }
        return out;
      }
    }
  }

  public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... args)
      throws SQLException {
    List<T> rows = list(c, sql, row, args);
    return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
  }

  public static long count(Connection c, String sql, Object... args) throws SQLException {
    return one(c, sql, rs -> rs.getLong(1), args).orElse(0L);
  }

  /**
   * Streams the rows of a long read to {@code each}, a thousand rows fetched at a time: run it in
   * {@link Database#readStreaming}, so that PostgreSQL does not read the whole result first.
   */
  public static <T> void each(
      Connection c, String sql, Row<T> row, Consumer<T> each, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args);
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(row.map(rs));
        }
      }
    }
  }

  /**
   * The rows of {@code sql} for every value, the values bound {@value #CHUNK} at a time in place of
   * the {@code %s} of its IN list: one query per chunk, never one per value.
   */
  public static <T> List<T> listIn(Connection c, String sql, Row<T> row, Collection<String> values)
      throws SQLException {
    return listIn(c, sql, row, values, new Object[0]);
  }

  /** The same, with {@code after} bound after the list's values (a date to compare with, say). */
  public static <T> List<T> listIn(
      Connection c, String sql, Row<T> row, Collection<String> values, Object... after)
      throws SQLException {
    List<String> all = List.copyOf(values);
    List<T> out = new ArrayList<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<Object> bound = new ArrayList<>(all.subList(from, Math.min(all.size(), from + CHUNK)));
      int n = bound.size();
      bound.addAll(List.of(after));
      out.addAll(list(c, sql.formatted(marks(n)), row, bound.toArray()));
    }
    return out;
  }

  /** How many values an IN list binds at most. */
  public static final int CHUNK = 500;

  private static final java.time.format.DateTimeFormatter FIXED =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  /**
   * An instant as text of one width (nanoseconds always written), so that text order is time order
   * on both databases; {@code Instant.toString} drops zero fractions and does not sort.
   */
  public static String instant(java.time.Instant t) {
    return FIXED.format(t);
  }

  /** {@code ?, ?, ?} for an IN list of {@code n} values. */
  public static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }
}
