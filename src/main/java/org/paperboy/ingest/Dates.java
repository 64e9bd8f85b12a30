package org.paperboy.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The date forms sources use, read into dates. */
final class Dates {
  private Dates() {}

  /**
   * Reads {@code 2007-04-02}, {@code 2007-04-02T19:18:42Z} or the RFC 1123 form that arXiv's
   * version history uses ({@code Mon, 2 Apr 2007 19:18:42 GMT}). Null or blank gives null.
   */
  static LocalDate parse(String s) throws RecordException {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      if (t.length() >= 10 && Character.isDigit(t.charAt(0)) && t.charAt(4) == '-') {
        return LocalDate.parse(t.substring(0, 10));
      }
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new RecordException("bad date '" + t + "'");
    }
  }
}
