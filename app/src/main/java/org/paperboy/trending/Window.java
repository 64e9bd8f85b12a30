package org.paperboy.trending;

import java.util.Locale;

/**
 * A trending window: the last {@code days} days up to the newest day, reaching further back when
 * that holds fewer than {@code minPapers} papers (a quiet day, or old data).
 */
public enum Window {
  DAY("Today", 1, 10),
  WEEK("This week", 7, 30),
  MONTH("This month", 30, 100);

  private final String label;
  private final int days;
  private final int minPapers;

  Window(String label, int days, int minPapers) {
    this.label = label;
    this.days = days;
    this.minPapers = minPapers;
  }

  public String label() {
    return label;
  }

  public int days() {
    return days;
  }

  public int minPapers() {
    return minPapers;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Window parse(String s) {
    if (s == null || s.isBlank()) {
      return DAY;
    }
    try {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown window '" + s + "' (use day, week or month)");
    }
  }
}
