package org.paperboy.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests move forward by hand. It starts at {@link #START}, a fixed instant, unless
 * told otherwise: no test depends on the day it runs.
 */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /** Where every test clock starts unless the test names another instant. */
  public static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

  public MutableClock() {
    this(START);
  }

  /** A clock that starts at the instant given, e.g. a little in the past. */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /**
   * A clock for tests that let time pass on its own (servers, browsers): it starts at {@link
   * #START} and moves with the real time from the moment it is made.
   */
  public static Clock ticking() {
    return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), START));
  }

  /** The day in UTC the clock reads now. */
  public LocalDate today() {
    return LocalDate.ofInstant(now, ZoneOffset.UTC);
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
