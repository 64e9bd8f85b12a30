package org.paperboy.config;

import java.time.Duration;

/**
 * Settings of single features, read with the rest of the config.
 *
 * @param coSaves {@code PAPERBOY_COSAVE_MIN_READERS}: how many readers make a co-save
 * @param webhooksAllowPrivate {@code PAPERBOY_WEBHOOK_ALLOW_PRIVATE=true}: channels accept
 *     addresses inside the network, and plain http (tests, intranets); off by default
 * @param webhookTimeout {@code PAPERBOY_WEBHOOK_TIMEOUT_S}: how long a webhook may take to answer
 *     (connecting and the whole answer) before its post is tried again later; 10 s by default
 */
public record Features(
    CoSaveSettings coSaves, boolean webhooksAllowPrivate, Duration webhookTimeout) {
  /** How long a chat's webhook may take to answer, by default. */
  public static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

  public Features {
    coSaves = coSaves == null ? new CoSaveSettings(CoSaveSettings.DEFAULT_MIN_READERS) : coSaves;
    webhookTimeout = webhookTimeout == null ? WEBHOOK_TIMEOUT : webhookTimeout;
    if (webhookTimeout.compareTo(Duration.ofSeconds(1)) < 0
        || webhookTimeout.compareTo(Duration.ofMinutes(2)) > 0) {
      throw new Config.ConfigException("PAPERBOY_WEBHOOK_TIMEOUT_S must be between 1 and 120");
    }
  }

  public static Features defaults() {
    return new Features(null, false, null);
  }
}
