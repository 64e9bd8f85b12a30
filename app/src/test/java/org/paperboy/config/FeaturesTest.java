package org.paperboy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The single features' settings: defaults, and bounds refused with the setting's name. */
class FeaturesTest {
  @Test
  void theWebhookTimeoutIsTenSecondsUnlessSetAndBetweenOneSecondAndTwoMinutes() {
    assertThat(Features.defaults().webhookTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(new Features(null, false, Duration.ofMinutes(2)).webhookTimeout())
        .isEqualTo(Duration.ofMinutes(2));
    for (Duration bad :
        new Duration[] {Duration.ZERO, Duration.ofMillis(999), Duration.ofSeconds(121)}) {
      assertThatThrownBy(() -> new Features(null, false, bad))
          .isInstanceOf(Config.ConfigException.class)
          .hasMessage("PAPERBOY_WEBHOOK_TIMEOUT_S must be between 1 and 120");
    }
  }
}
