package org.paperboy.paper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** How a paper maps to a row of the {@code papers} table and back. */
final class PaperRows {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  /** The columns an insert gives from the paper itself; {@link #DERIVED} follow them. */
  static final String WRITTEN =
      "id, version, title, abstract, authors, categories, published, updated, doi, journal_ref,"
          + " comments, license, abs_url, pdf_url, code_url, project_url, source, added_at";

  /** The columns {@link #read} maps. */
  static final String COLUMNS = WRITTEN + ", venue_name, venue_id, venue_decision, venue_from";

  /** The columns {@link #bindDerived} binds, after {@link #bindContent}'s. */
  static final String DERIVED =
      "title_key, venue_key, venue_name, venue_id, venue_decision, venue_from";

  private PaperRows() {}

  /** Binds version through source: 16 parameters starting at {@code i}. */
  static void bindContent(PreparedStatement ps, int i, Paper p) throws SQLException {
    ps.setInt(i++, p.version());
    ps.setString(i++, p.title());
    ps.setString(i++, p.abstractText());
    ps.setString(i++, toJson(p.authors()));
    ps.setString(i++, String.join(" ", p.categories()));
    setNullable(ps, i++, p.published() == null ? null : p.published().toString());
    setNullable(ps, i++, p.updated() == null ? null : p.updated().toString());
    setNullable(ps, i++, p.doi());
    setNullable(ps, i++, p.journalRef());
    setNullable(ps, i++, p.comments());
    setNullable(ps, i++, p.license());
    setNullable(ps, i++, p.links().abs());
    setNullable(ps, i++, p.links().pdf());
    setNullable(ps, i++, p.links().code());
    setNullable(ps, i++, p.links().project());
    ps.setString(i, p.source());
  }

  /**
   * Binds what is derived from the paper's content: the title key and the venue, 6 parameters
   * starting at {@code i}. The paper's venue must be {@link Venue#effective} already.
   */
  static void bindDerived(PreparedStatement ps, int i, Paper p) throws SQLException {
    ps.setString(i++, TitleKey.of(p.title()));
    Venue v = p.venue();
    setNullable(ps, i++, v == null ? null : v.key());
    setNullable(ps, i++, v == null ? null : v.name());
    setNullable(ps, i++, v == null ? null : v.id());
    setNullable(ps, i++, v == null ? null : v.decision());
    setNullable(ps, i, v == null ? null : v.from());
  }

  private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  /** Maps a row selected with {@link #COLUMNS}. */
  static Paper read(ResultSet rs) throws SQLException {
    String categories = rs.getString(6);
    return new Paper(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        fromJson(rs.getString(5)),
        categories.isEmpty() ? List.of() : Arrays.asList(categories.split(" ")),
        date(rs.getString(7)),
        date(rs.getString(8)),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        new Paper.Links(rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16)),
        rs.getString(17),
        Instant.parse(rs.getString(18)),
        venue(rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22)));
  }

  /** The number of columns in {@link #COLUMNS}. */
  static final int COUNT = 22;

  private static Venue venue(String name, String id, String decision, String from) {
    if (name == null || from == null) {
      return null;
    }
    try {
      return new Venue(name, id, decision, from);
    } catch (IllegalArgumentException e) {
      return null; // a row another version wrote: no venue rather than no paper
    }
  }

  static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static String toJson(List<String> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> fromJson(String json) {
    try {
      return JSON.readValue(json, STRING_LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("authors column is not a JSON array: " + json, e);
    }
  }
}
