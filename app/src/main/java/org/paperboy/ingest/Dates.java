package org.paperboy.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The date forms sources use, read into dates. */
final class Dates {
  private Dates() {}

  /**
   * Reads {@code 2007-04-02}, {@code 2007-04-02T19:18:42Z} or the RFC 1123 form that arXiv's
   * version history uses ({@code Mon, 2 Apr 2007 19:18:42 GMT}; the day name is not checked). Null
   * or blank gives null. The date is taken as written, without moving it to another zone.
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
      return rfc1123(t);
    } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
      throw new RecordException("bad date '" + t + "'");
    }
  }

  private static final java.util.regex.Pattern YMD =
      java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  /**
   * Reads {@code 2025-01-05} or the same without zero padding ({@code 2025-1-5}); null stays null.
   */
  static LocalDate ymd(String s) throws RecordException {
    if (s == null || s.isBlank()) {
      return null;
    }
    java.util.regex.Matcher m = YMD.matcher(s.strip());
    try {
      if (m.matches()) {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      }
    } catch (DateTimeException e) {
      // reported below
    }
    throw new RecordException("bad date '" + s.strip() + "'");
  }

  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private static LocalDate rfc1123(String t) {
    int comma = t.indexOf(',');
    String[] parts = t.substring(comma + 1).strip().split("\\s+");
    int month = MONTHS.indexOf(parts[1].substring(0, 3));
    if (month < 0 || month % 3 != 0 || parts[1].length() != 3) {
      throw new DateTimeParseException("bad month", t, 0);
    }
    return LocalDate.of(Integer.parseInt(parts[2]), month / 3 + 1, Integer.parseInt(parts[0]));
  }
}
