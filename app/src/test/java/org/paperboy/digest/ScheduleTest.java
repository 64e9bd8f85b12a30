package org.paperboy.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.paperboy.subscription.Settings;

class ScheduleTest {
  static Settings daily(String zone, int hour) {
    return new Settings(
        Settings.Frequency.DAILY, DayOfWeek.MONDAY, hour, ZoneId.of(zone), 10, true, true);
  }

  @Test
  void aDigestIsDueFromItsLocalHourOnItsLocalDate() {
    Settings berlin = daily("Europe/Berlin", 7);
    // 05:59 UTC is 06:59 in Berlin in winter: not yet; 06:00 UTC is 07:00: due, for that date
    assertThat(Schedule.due(berlin, Instant.parse("2026-11-27T05:59:00Z"))).isEmpty();
    assertThat(Schedule.due(berlin, Instant.parse("2026-11-27T06:00:00Z")))
        .hasValue(LocalDate.parse("2026-11-27"));
    // late in the evening in Los Angeles it is already tomorrow in UTC, and still today there
    Settings la = daily("America/Los_Angeles", 22);
    assertThat(Schedule.due(la, Instant.parse("2026-11-28T06:30:00Z")))
        .hasValue(LocalDate.parse("2026-11-27"));
  }

  @Test
  void daylightSavingTimeMovesTheUtcHourButNotTheLocalOne() {
    Settings berlin = daily("Europe/Berlin", 7);
    assertThat(Schedule.deliveryTime(berlin, LocalDate.parse("2026-03-28")))
        .isEqualTo(Instant.parse("2026-03-28T06:00:00Z"));
    assertThat(Schedule.deliveryTime(berlin, LocalDate.parse("2026-03-29")))
        .isEqualTo(Instant.parse("2026-03-29T05:00:00Z"));
    // 02:00 does not exist on the night clocks go forward: it is delivered at 03:00 local
    Settings night = daily("Europe/Berlin", 2);
    assertThat(Schedule.deliveryTime(night, LocalDate.parse("2026-03-29")))
        .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    // 02:00 happens twice when they go back: the digest date is due once, at the first
    Settings autumn = daily("Europe/Berlin", 2);
    assertThat(Schedule.deliveryTime(autumn, LocalDate.parse("2026-10-25")))
        .isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    assertThat(Schedule.due(autumn, Instant.parse("2026-10-25T01:30:00Z")))
        .hasValue(LocalDate.parse("2026-10-25"));
  }

  @Test
  void weeklyDigestsComeOnTheirWeekdayOnly() {
    Settings weekly =
        new Settings(
            Settings.Frequency.WEEKLY, DayOfWeek.FRIDAY, 8, ZoneId.of("UTC"), 10, true, true);
    assertThat(Schedule.due(weekly, Instant.parse("2026-11-27T09:00:00Z")))
        .hasValue(LocalDate.parse("2026-11-27")); // a Friday
    assertThat(Schedule.due(weekly, Instant.parse("2026-11-28T09:00:00Z"))).isEmpty();
    assertThat(Schedule.firstWindowStart(weekly, Instant.parse("2026-11-27T08:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
  }
}
