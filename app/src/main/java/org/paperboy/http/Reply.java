package org.paperboy.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One answer: its status, headers and (bounded, un-gzipped) body. */
public record Reply(int status, HttpHeaders headers, byte[] body) {
  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The body's first {@code n} bytes as text. */
  String start(int n) {
    return new String(body, 0, Math.min(n, body.length), StandardCharsets.UTF_8);
  }

  /** {@code X-RateLimit-Remaining: 0}: the source said no calls are left. */
  public boolean budgetSpent() {
    return header("X-RateLimit-Remaining").filter("0"::equals).isPresent();
  }

  /**
   * When {@code X-RateLimit-Reset} (epoch seconds) says the budget comes back; a reset further
   * ahead than a day is taken as a day, so a wrong clock cannot switch a source off. Null when
   * there is none.
   */
  public Instant budgetReset(Instant now) {
    Instant day = now.plus(Duration.ofDays(1));
    return header("X-RateLimit-Reset")
        .map(
            v -> {
              try {
                return Instant.ofEpochSecond(Long.parseLong(v.strip()));
              } catch (NumberFormatException | DateTimeException e) {
                return null;
              }
            })
        .map(r -> r.isAfter(day) ? day : r)
        .orElse(null);
  }
}
