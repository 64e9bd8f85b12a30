package org.paperboy.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.Query;

/**
 * The year and date ranges of the query syntax: {@code 2024}, {@code 2020..2024}, {@code 2020..},
 * {@code ..2024-06-30}. Null for anything else, which the parser then searches as words.
 */
final class QueryRanges {
  private QueryRanges() {}

  /** A year or a range of years. */
  static Query year(String value) {
    String[] ends = value.split("\\.\\.", -1);
    try {
      int from = ends[0].isBlank() ? 0 : Integer.parseInt(ends[0].strip());
      int to =
          ends.length == 1 ? from : ends[1].isBlank() ? 9999 : Integer.parseInt(ends[1].strip());
      return ends.length > 2 ? null : IntPoint.newRangeQuery(PaperFields.YEAR, from, to);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A day or a range of days (ISO dates), on the first-version date. */
  static Query date(String value) {
    String[] ends = value.split("\\.\\.", -1);
    try {
      long from =
          ends[0].isBlank() ? Long.MIN_VALUE + 1 : LocalDate.parse(ends[0].strip()).toEpochDay();
      long to =
          ends.length == 1
              ? from
              : ends[1].isBlank() ? Long.MAX_VALUE : LocalDate.parse(ends[1].strip()).toEpochDay();
      return ends.length > 2 ? null : LongPoint.newRangeQuery(PaperFields.PUBLISHED, from, to);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
