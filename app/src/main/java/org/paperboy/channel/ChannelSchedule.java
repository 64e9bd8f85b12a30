package org.paperboy.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** When a channel's post is due, in the channel's own time zone (as digests are). */
final class ChannelSchedule {
  private ChannelSchedule() {}

  static Optional<LocalDate> due(Channel.Plan p, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, p.zone());
    if (!postsOn(p, today) || now.isBefore(time(p, today))) {
      return Optional.empty();
    }
    return Optional.of(today);
  }

  static boolean postsOn(Channel.Plan p, LocalDate date) {
    return !p.weekly() || date.getDayOfWeek() == p.weekday();
  }

  static Instant time(Channel.Plan p, LocalDate date) {
    return ZonedDateTime.of(date, LocalTime.of(p.hour(), 0), p.zone()).toInstant();
  }

  /** Where a post ending at {@code until} starts: after the last one, else a day or a week. */
  static Instant windowStart(Channel c, Instant until) {
    Instant covered = c.state().coveredUntil();
    return covered != null ? covered : until.minus(Duration.ofDays(c.plan().weekly() ? 7 : 1));
  }
}
