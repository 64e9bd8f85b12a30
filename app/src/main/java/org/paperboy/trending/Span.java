package org.paperboy.trending;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How much of the calendar a daily page shows around its date. */
public enum Span {
  DAY,
  WEEK,
  MONTH;

  public LocalDate first(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  public LocalDate last(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
      case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
    };
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Span parse(String s) {
    if (s == null || s.isBlank()) {
      return DAY;
    }
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown view '" + s + "' (use day, week or month)");
    }
  }
}
