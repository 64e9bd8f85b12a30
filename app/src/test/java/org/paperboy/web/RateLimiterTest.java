package org.paperboy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  final AtomicLong millis = new AtomicLong(1_000_000);
  final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(millis.get());
        }
      };

  @Test
  void aBurstIsAllowedThenTheKeyWaitsForTheRefill() {
    RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(10), clock);
    for (int i = 0; i < 5; i++) {
      limiter.acquire("ip:1");
    }
    assertThatThrownBy(() -> limiter.acquire("ip:1"))
        .isInstanceOfSatisfying(
            HttpError.class,
            e -> {
              assertThat(e.status()).isEqualTo(429);
              assertThat(e.retryAfterSeconds()).isEqualTo(120);
            });
    limiter.acquire("ip:2"); // other keys are not affected
    millis.addAndGet(Duration.ofMinutes(2).toMillis());
    limiter.acquire("ip:1");
  }

  @Test
  void behindATrustedProxyTheClientIsTheLastForwardedAddress() {
    assertThat(Clients.address("10.0.0.2", null)).isEqualTo("10.0.0.2");
    assertThat(Clients.address("10.0.0.2", "203.0.113.7")).isEqualTo("203.0.113.7");
    // a client can put anything first; only the entry our proxy appended counts
    assertThat(Clients.address("10.0.0.2", "1.2.3.4, 203.0.113.7")).isEqualTo("203.0.113.7");
    assertThat(Clients.address("10.0.0.2", " , ")).isEqualTo("10.0.0.2");
  }
}
