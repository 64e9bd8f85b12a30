package org.paperboy.subscription;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * How and when a subscriber gets the digest.
 *
 * @param weekday the day of a weekly digest
 * @param hour local delivery hour, 0 to 23
 * @param paperCount papers a digest holds at most, 1 to 50
 * @param noticeWhenEmpty mail a short "nothing new" note (true) or skip the day (false)
 */
public record Settings(
    Frequency frequency,
    DayOfWeek weekday,
    int hour,
    ZoneId zone,
    int paperCount,
    boolean includeTrending,
    boolean noticeWhenEmpty) {

  public enum Frequency {
    DAILY,
    WEEKLY
  }

  public static final Settings DEFAULT =
      new Settings(Frequency.DAILY, DayOfWeek.MONDAY, 7, ZoneId.of("UTC"), 10, true, true);

  public Settings {
    if (frequency == null || weekday == null || zone == null) {
      throw new IllegalArgumentException("frequency, weekday and time zone are required");
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("the hour must be between 0 and 23, not " + hour);
    }
    if (paperCount < 1 || paperCount > 50) {
      throw new IllegalArgumentException(
          "a digest holds between 1 and 50 papers, not " + paperCount);
    }
  }
}
