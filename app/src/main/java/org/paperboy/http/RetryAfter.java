package org.paperboy.http;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The one reader of {@code Retry-After}: delta seconds or an HTTP date, never below zero. */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * How long the header asks to wait, at most {@code cap}; null when it is neither a number of
   * seconds (fractions allowed, as Slack and Discord send) nor an RFC 1123 date.
   */
  public static Duration parse(String value, Instant now, Duration cap) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    Duration wait;
    try {
      BigDecimal seconds = new BigDecimal(v);
      wait =
          seconds.signum() <= 0
              ? Duration.ZERO
              : seconds.compareTo(BigDecimal.valueOf(cap.toSeconds() + 1)) > 0
                  ? cap
                  : Duration.ofMillis(seconds.movePointRight(3).longValue());
    } catch (NumberFormatException | ArithmeticException e) {
      try {
        Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(v, Instant::from);
        wait = at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
