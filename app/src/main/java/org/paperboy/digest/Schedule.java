package org.paperboy.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.paperboy.subscription.Settings;

/**
 * When digests are due, in each subscriber's own time zone. A digest is named by the local date it
 * is for; the hour it is due at is that date's delivery hour, as the zone's rules place it (a
 * missing hour in spring moves forward, a repeated one in autumn counts once).
 */
final class Schedule {
  private Schedule() {}

  /** The digest date due at {@code now}, if the subscriber's delivery time today has passed. */
  static Optional<LocalDate> due(Settings s, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, s.zone());
    if (!receivesOn(s, today) || now.isBefore(deliveryTime(s, today))) {
      return Optional.empty();
    }
    return Optional.of(today);
  }

  static boolean receivesOn(Settings s, LocalDate date) {
    return s.frequency() == Settings.Frequency.DAILY || date.getDayOfWeek() == s.weekday();
  }

  static Instant deliveryTime(Settings s, LocalDate date) {
    return ZonedDateTime.of(date, java.time.LocalTime.of(s.hour(), 0), s.zone()).toInstant();
  }

  /** Where a digest ending at {@code until} starts: after the previous one, else a day or week. */
  static Instant windowStart(org.paperboy.subscription.Subscriber s, Instant until) {
    return s.coveredUntil() != null ? s.coveredUntil() : firstWindowStart(s.settings(), until);
  }

  /** The start of the papers a first digest covers: the last day or week before it. */
  static Instant firstWindowStart(Settings s, Instant until) {
    return until.minus(
        s.frequency() == Settings.Frequency.DAILY
            ? java.time.Duration.ofDays(1)
            : java.time.Duration.ofDays(7));
  }
}
