package org.paperboy.web.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates as people say them, counted from the server clock's today. */
final class Dates {
  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private Dates() {}

  static String ago(LocalDate date, LocalDate today) {
    long days = ChronoUnit.DAYS.between(date, today);
    if (days < 0) {
      return date.format(SHORT);
    }
    if (days == 0) {
      return "today";
    }
    if (days == 1) {
      return "yesterday";
    }
    if (days < 14) {
      return days + " days ago";
    }
    if (days < 60) {
      return days / 7 + " weeks ago";
    }
    long months = ChronoUnit.MONTHS.between(date, today);
    if (months < 12) {
      return Math.max(2, months) + " months ago";
    }
    long years = ChronoUnit.YEARS.between(date, today);
    return years <= 1 ? "a year ago" : years + " years ago";
  }

  static String full(LocalDate date) {
    return date.format(FULL);
  }
}
